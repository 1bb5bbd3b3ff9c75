package dev.appaloft.core.deployments;

import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import dev.appaloft.api.runtime.TerminalRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A terminal double: echoes what it is sent; {@code exit\n} ends it as a shell would. */
public final class FakeTerminal implements TerminalChannel {

    public final TerminalRequest request;
    public final List<String> resizes = new CopyOnWriteArrayList<>();
    public volatile boolean closed;
    private final TerminalOutput output;

    FakeTerminal(TerminalRequest request, TerminalOutput output) {
        this.request = request;
        this.output = output;
    }

    @Override
    public String workingDirectory() {
        return request.workingDirectory() == null ? "/app" : "/app/" + request.workingDirectory();
    }

    @Override
    public void input(byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).equals("exit\n")) {
            output.ended();
            return;
        }
        output.output(bytes);
    }

    @Override
    public void resize(int rows, int cols) {
        resizes.add(rows + "x" + cols);
    }

    @Override
    public void close() {
        closed = true;
    }
}

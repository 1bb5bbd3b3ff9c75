package dev.appaloft.runtime.ssh.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * A connection to an SSH agent's UNIX socket (as {@code SSH_AUTH_SOCK} names it): lists the
 * identities it holds and asks it to sign. The private keys stay in the agent.
 */
public final class AgentClient implements AutoCloseable {

    private final SocketChannel channel;
    private final InputStream in;

    private AgentClient(SocketChannel channel) {
        this.channel = channel;
        this.in = Channels.newInputStream(channel);
    }

    public static AgentClient connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        return new AgentClient(channel);
    }

    public synchronized List<AgentProtocol.Identity> identities() throws IOException {
        return AgentProtocol.parseIdentities(call(AgentProtocol.frame(AgentProtocol.REQUEST_IDENTITIES, new byte[0])));
    }

    /** The signature blob of {@code data} by the key {@code blob}; {@code flags} pick an RSA hash. */
    public synchronized byte[] sign(byte[] blob, byte[] data, int flags) throws IOException {
        return AgentProtocol.parseSignature(call(AgentProtocol.signRequest(blob, data, flags)));
    }

    private AgentProtocol.Message call(byte[] frame) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(frame);
        while (out.hasRemaining()) {
            channel.write(out);
        }
        return AgentProtocol.read(in);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the agent went away first
        }
    }
}

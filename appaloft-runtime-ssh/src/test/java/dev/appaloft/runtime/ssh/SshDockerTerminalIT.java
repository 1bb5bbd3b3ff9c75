package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.ArtifactRequest;
import dev.appaloft.api.runtime.CandidateRequest;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.api.runtime.TerminalChannel;
import dev.appaloft.api.runtime.TerminalOutput;
import dev.appaloft.api.runtime.TerminalRequest;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal in a container on an SSH server: {@code docker exec -it} under a PTY on the server's
 * pooled connection (a real sshd whose docker CLI drives this machine's engine).
 */
class SshDockerTerminalIT {

    @TempDir Path dir;

    @Test
    void aShellInAContainerOnTheServerTakesInputAndResizes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> labels = Map.of("appaloft.ssh-terminal-it", run);
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        try (SshdServer sshd = SshdServer.start(dir.resolve("sshd"));
             SshConnections connections = new SshConnections(SshConnections.Settings.defaults())) {
            sshd.authorize(key.publicKey());
            SshTarget target = new SshTarget(sshd.host(), sshd.port(), sshd.user(), SshKey.of(key.privateKey()),
                    sshd.hostKeyFingerprint());
            SshDockerRuntime runtime = new SshDockerRuntime(connections, "srv_term", () -> target);
            Path context = Files.createDirectories(dir.resolve("context"));
            Files.writeString(context.resolve("Dockerfile"), "FROM local/busybox:1\nWORKDIR /srv\n"
                    + "RUN mkdir -p /srv/data\nCMD [\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 600 & wait\"]\n");
            String tag = "appaloft-ssh-terminal-it/app:" + run;
            try {
                runtime.prepare(ArtifactRequest.build(context, null, tag, labels), RuntimeLog.DISCARD);
                RuntimeInstance instance = runtime.startCandidate(new CandidateRequest("appaloft-term-it-" + run, tag,
                        Map.of(), 8080, null, labels, null), RuntimeLog.DISCARD);
                Output output = new Output();
                TerminalChannel terminal = runtime.openTerminal(instance, new TerminalRequest("data", 24, 80), output);
                assertThat(terminal.workingDirectory()).isEqualTo("/srv/data");
                terminal.input("echo hi; pwd\n".getBytes(StandardCharsets.UTF_8));
                Pattern hi = Pattern.compile("(?m)^hi\\r?$");
                output.await(o -> hi.matcher(o).find() && o.contains("/srv/data"));
                terminal.resize(40, 120);
                Thread.sleep(200);
                terminal.input("stty size\n".getBytes(StandardCharsets.UTF_8));
                output.await(o -> o.contains("40 120"));
                terminal.input("exit\n".getBytes(StandardCharsets.UTF_8));
                assertThat(output.ended.await(15, TimeUnit.SECONDS)).as("the shell's exit ends the terminal").isTrue();
                terminal.close();

                runtime.stop(instance);
                assertThatThrownBy(() -> runtime.openTerminal(instance, new TerminalRequest(null, 24, 80), new Output()))
                        .isInstanceOf(AppaloftException.class).hasMessageContaining("not running");
            } finally {
                runtime.find(labels).forEach(i -> runtime.retire(i, RuntimeLog.DISCARD));
                runtime.images(labels).forEach(i -> runtime.removeImage(i, RuntimeLog.DISCARD));
            }
        }
    }

    static final class Output implements TerminalOutput {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public synchronized void output(byte[] chunk) {
            bytes.writeBytes(chunk);
        }

        @Override
        public void ended() {
            ended.countDown();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        void await(Predicate<String> condition) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!condition.test(text())) {
                assertThat(System.nanoTime()).as("the shell's output: " + text()).isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }
}

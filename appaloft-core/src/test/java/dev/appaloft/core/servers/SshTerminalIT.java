package dev.appaloft.core.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.servers.ConfigureServerCredentialInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.terminals.OpenTerminalSessionInput;
import dev.appaloft.api.terminals.OpenedTerminalSession;
import dev.appaloft.api.terminals.TerminalScope;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.terminals.TerminalAttachment;
import dev.appaloft.core.terminals.TerminalClient;
import dev.appaloft.runtime.ssh.SshRuntimes;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.store.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server-scope terminal: a login shell with a PTY on a real sshd (reached with a stored key),
 * started in a directory below the login's home, typed into, resized, and ended by a close.
 */
class SshTerminalIT {

    @TempDir Path dir;

    @Test
    void aLoginShellOnAnSshServerTakesInputResizesAndEndsOnClose() throws Exception {
        TestSshKeys.Key key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        String folder = "appaloft-term-" + UUID.randomUUID().toString().substring(0, 8);
        Path below = Path.of(System.getProperty("user.home")).resolve(folder);
        Files.createDirectories(below);
        try (SshdServer sshd = SshdServer.start(dir.resolve("sshd"));
             AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore())
                     .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                     .remoteRuntimes(SshRuntimes.withDefaults()).dailyHousekeeping(false).build()) {
            sshd.authorize(key.publicKey());
            String server = engine.system().servers().create(new CreateServerInput("box", sshd.host(), "generic-ssh",
                    null, (long) sshd.port(), null)).id();
            engine.system().servers().configureCredential(server, ConfigureServerCredentialInput.Credential.privateKey(
                    sshd.user(), key.privateKey(), null));

            OpenedTerminalSession opened = engine.terminalSessions().open(new OpenTerminalSessionInput(
                    TerminalScope.server(server), folder, 24, 80));
            assertThat(opened.scope()).isEqualTo("server");
            assertThat(opened.providerKey()).isEqualTo("generic-ssh");
            assertThat(opened.workingDirectory()).isEqualTo("~/" + folder);
            Client client = new Client();
            TerminalAttachment attachment = engine.terminals().attach(Actor.system("it"), opened.sessionId(), client);
            attachment.input("echo hi; pwd\n".getBytes(StandardCharsets.UTF_8));
            java.util.regex.Pattern hi = java.util.regex.Pattern.compile("(?m)^hi\\r?$");
            client.await(o -> hi.matcher(o).find());
            client.await(o -> o.contains(below.toString()));
            attachment.resize(40, 120);
            Thread.sleep(200);
            attachment.input("stty size\n".getBytes(StandardCharsets.UTF_8));
            client.await(o -> o.contains("40 120"));

            assertThat(engine.terminalSessions().close(opened.sessionId()).closed()).isTrue();
            assertThat(client.ended).containsExactly("closed");
        } finally {
            Files.deleteIfExists(below);
        }
    }

    static final class Client implements TerminalClient {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void output(byte[] chunk) {
            bytes.writeBytes(chunk);
        }

        @Override
        public void ended(String reason) {
            ended.add(reason);
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

package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.SshdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pooled SSH client against a real OpenSSH server started by the test. */
class SshConnectionsIT {

    @TempDir static Path dir;
    static SshdServer sshd;
    static TestSshKeys.Key key;

    @BeforeAll
    static void startServer() throws Exception {
        sshd = SshdServer.start(dir.resolve("sshd"));
        key = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(key.publicKey());
    }

    @AfterAll
    static void stopServer() throws Exception {
        sshd.close();
    }

    private static SshConnections pool() {
        return new SshConnections(new SshConnections.Settings(Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ofMinutes(1), 4));
    }

    private static SshTarget target(TestSshKeys.Key pair, String passphrase) throws Exception {
        return new SshTarget(sshd.host(), sshd.port(), sshd.user(), new SshKey(pair.privateKey(), passphrase),
                sshd.hostKeyFingerprint());
    }

    @Test
    void theFirstHostKeyIsTrustedAndReportedThenOnlyThatKeyIsAccepted() throws Exception {
        List<String> recorded = new CopyOnWriteArrayList<>();
        try (SshConnections pool = pool().onFirstHostKey((server, fingerprint) -> recorded.add(server + "=" + fingerprint))) {
            SshTarget firstUse = target(key, null).withTrustedHostKey(null);
            assertThat(pool.hostKey("srv_tofu", firstUse)).isEqualTo(sshd.hostKeyFingerprint());
            assertThat(recorded).containsExactly("srv_tofu=" + sshd.hostKeyFingerprint());
            pool.run("srv_known", target(key, null), "true", Duration.ofSeconds(5));
            assertThat(recorded).as("a trusted key is not reported again").hasSize(1);
            SshTarget impostorExpected = firstUse.withTrustedHostKey("SHA256:" + "A".repeat(43));
            assertFails(() -> pool.run("srv_other", impostorExpected, "true", Duration.ofSeconds(5)),
                    SshErrors.HOST_KEY_MISMATCH);
        }
    }

    @Test
    void commandsReportExitStatusAndBothStreamsAndShareOneConnection() throws Exception {
        try (SshConnections pool = pool()) {
            SshTarget target = target(key, null);
            ExecResult ok = pool.run("srv_1", target, "echo out; echo err >&2; exit 3", Duration.ofSeconds(10));
            assertThat(ok.exitStatus()).isEqualTo(3);
            assertThat(ok.stdout()).isEqualTo("out\n");
            assertThat(ok.stderr()).isEqualTo("err\n");
            for (int i = 0; i < 10; i++) {
                assertThat(pool.run("srv_1", target, "echo " + i, Duration.ofSeconds(10)).stdout()).isEqualTo(i + "\n");
            }
            assertThat(pool.run("srv_1", target, "echo \"it's\" && printf 'a\\nb'", Duration.ofSeconds(10)).stdout())
                    .as("quotes and a last line without newline").isEqualTo("it's\na\nb\n");
            assertThat(pool.run("srv_1", target, "true", Duration.ofSeconds(10)).stdout()).isEmpty();
            assertThat(pool.run("srv_1", target, "no-such-tool", Duration.ofSeconds(10)).exitStatus()).isEqualTo(127);
            assertThat(pool.connectionsOpened()).as("one connection for all commands").isEqualTo(1);
            List<String> streamed = new CopyOnWriteArrayList<>();
            pool.start("srv_1", target, "for i in 1 2 3; do echo line$i; done", streamed::add)
                    .await(Duration.ofSeconds(10));
            assertThat(streamed).containsExactly("line1", "line2", "line3");
        }
    }

    @ParameterizedTest(name = "{0} key, {1}, passphrase={2}")
    @CsvSource({"ED25519, OPENSSH, ''", "ED25519, OPENSSH, s3cret", "ED25519, PKCS8, ''", "RSA, OPENSSH, ''",
            "RSA, PEM, ''", "RSA, PEM, s3cret", "ECDSA, OPENSSH, ''", "ECDSA, PEM, s3cret"})
    void everyKeyTypeAndFormatLogsIn(SshKeyType type, TestSshKeys.Format format, String passphrase) throws Exception {
        String secret = passphrase.isEmpty() ? null : passphrase;
        TestSshKeys.Key pair = TestSshKeys.generate(type, format, secret);
        sshd.authorize(pair.publicKey());
        try (SshConnections pool = pool()) {
            assertThat(pool.run("srv_" + type + format, target(pair, secret), "echo in", Duration.ofSeconds(10)).stdout())
                    .isEqualTo("in\n");
            if (secret != null) {
                assertFails(() -> pool.run("srv_wrong", target(pair, "wrong"), "true", Duration.ofSeconds(10)),
                        SshErrors.KEY_INVALID);
            }
        }
    }

    @Test
    void aRefusedKeyAGarbageKeyAndAClosedPortEndInTheirCodes() throws Exception {
        TestSshKeys.Key stranger = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        try (SshConnections pool = pool()) {
            assertFails(() -> pool.run("s1", target(stranger, null), "true", Duration.ofSeconds(5)),
                    SshErrors.AUTHENTICATION_FAILED);
            assertFails(() -> pool.run("s2", new SshTarget(sshd.host(), sshd.port(), sshd.user(),
                    SshKey.of("-----BEGIN OPENSSH PRIVATE KEY-----\ngarbage\n-----END OPENSSH PRIVATE KEY-----\n"),
                    null), "true", Duration.ofSeconds(5)), SshErrors.KEY_INVALID);
            int closed;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            assertFails(() -> pool.run("s3", new SshTarget("127.0.0.1", closed, sshd.user(), SshKey.of(key.privateKey()),
                    null), "true", Duration.ofSeconds(5)), SshErrors.UNREACHABLE);
        }
    }

    @Test
    void aTimedOutOrCanceledCommandIsKilledOnTheServer() throws Exception {
        try (SshConnections pool = pool()) {
            SshTarget target = target(key, null);
            String marker = "4" + (System.nanoTime() % 100_000);
            assertFails(() -> pool.run("srv_t", target, "sleep 1" + marker + " ; echo never", Duration.ofSeconds(1)),
                    SshErrors.COMMAND_TIMEOUT);
            assertThat(running("sleep 1" + marker)).as("the timed-out command is gone").isFalse();

            RemoteCommand started = pool.start("srv_t", target, "sh -c 'sleep 2" + marker + "' ; echo never", RemoteIo.NONE);
            waitUntil(() -> running("sleep 2" + marker));
            started.cancel();
            assertFails(() -> started.await(Duration.ofSeconds(10)), SshErrors.COMMAND_CANCELED);
            waitUntil(() -> !running("sleep 2" + marker));
            assertThat(pool.run("srv_t", target, "echo still", Duration.ofSeconds(5)).stdout())
                    .as("the connection serves the next command").isEqualTo("still\n");
        }
    }

    @Test
    void aServerThatDiesMidCommandEndsItLostAndIsReconnectedWhenBack() throws Exception {
        try (SshConnections pool = pool()) {
            SshTarget target = target(key, null);
            assertThat(pool.run("srv_d", target, "echo up", Duration.ofSeconds(5)).succeeded()).isTrue();
            RemoteCommand longRunning = pool.start("srv_d", target, "sleep 300", RemoteIo.NONE);
            sshd.kill();
            assertFails(() -> longRunning.await(Duration.ofSeconds(20)), SshErrors.CONNECTION_LOST);
            assertFails(() -> pool.run("srv_d", target, "true", Duration.ofSeconds(5)), SshErrors.UNREACHABLE);
            sshd.restart();
            assertThat(pool.run("srv_d", target, "echo back", Duration.ofSeconds(5)).stdout()).isEqualTo("back\n");
            assertThat(pool.connectionsOpened()).isEqualTo(2);
        }
    }

    @Test
    void aRotatedKeyOpensANewConnectionAndTheOldKeyIsNoLongerUsed() throws Exception {
        TestSshKeys.Key next = TestSshKeys.generate(SshKeyType.ED25519, TestSshKeys.Format.OPENSSH, null);
        sshd.authorize(next.publicKey());
        try (SshConnections pool = pool()) {
            pool.run("srv_r", target(key, null), "true", Duration.ofSeconds(5));
            pool.run("srv_r", target(next, null), "true", Duration.ofSeconds(5));
            assertThat(pool.connectionsOpened()).isEqualTo(2);
        }
    }

    private static boolean running(String pattern) {
        try {
            Process p = new ProcessBuilder("pgrep", "-f", pattern).start();
            p.waitFor(5, TimeUnit.SECONDS);
            return p.exitValue() == 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}

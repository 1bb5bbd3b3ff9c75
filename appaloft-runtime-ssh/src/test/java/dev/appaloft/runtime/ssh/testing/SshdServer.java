package dev.appaloft.runtime.ssh.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server for tests (Debian {@code openssh-server}), on 127.0.0.1 and a free port,
 * with its own host key and an authorized_keys file the test fills. It runs as the current user,
 * so commands run on "the server" act on this machine (its Docker engine included). It can be
 * killed (as a crash would) and started again on the same port with the same host key.
 */
public final class SshdServer implements AutoCloseable {

    public static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;
    private final int port;
    private final List<String> extraConfig;
    private Process process;

    private SshdServer(Path dir, int port, List<String> extraConfig) {
        this.dir = dir;
        this.port = port;
        this.extraConfig = extraConfig;
    }

    /** Starts an sshd with a new ed25519 host key under {@code dir}; {@code extraConfig} lines are appended. */
    public static SshdServer start(Path dir, String... extraConfig) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        hostKey(dir);
        Files.writeString(dir.resolve("authorized_keys"), "");
        SshdServer server = new SshdServer(dir, freePort(), List.of(extraConfig));
        server.writeConfig();
        server.startProcess();
        return server;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The account commands run as: the current user. */
    public String user() {
        return System.getProperty("user.name");
    }

    /** The host key's fingerprint as {@code ssh-keygen -l} prints it ({@code SHA256:...}). */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        return run("ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("host_key.pub").toString()).split("\\s+")[1];
    }

    /** Lets the key whose public half is {@code publicKeyLine} log in. */
    public void authorize(String publicKeyLine) throws IOException {
        Files.writeString(dir.resolve("authorized_keys"), publicKeyLine.trim() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Forgets every authorized key. */
    public void revokeAll() throws IOException {
        Files.writeString(dir.resolve("authorized_keys"), "");
    }

    /** Replaces the host key (as a reinstalled or impersonated server would) and restarts. */
    public void replaceHostKey() throws IOException, InterruptedException {
        kill();
        Files.deleteIfExists(dir.resolve("host_key"));
        Files.deleteIfExists(dir.resolve("host_key.pub"));
        hostKey(dir);
        startProcess();
    }

    /**
     * Kills sshd and every session it serves (SIGKILL, as a crash or a pulled cable would look to
     * the client once its connection resets).
     */
    public void kill() throws InterruptedException, IOException {
        if (process != null && process.isAlive()) {
            // each connection is served by forked sshd processes, its commands by their children:
            // a crashed server loses them all
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Starts sshd again on the same port with the same host key. */
    public void restart() throws IOException, InterruptedException {
        kill();
        startProcess();
    }

    private void writeConfig() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "PermitRootLogin prohibit-password",
                "MaxSessions 64",
                "MaxStartups 64",
                "LogLevel ERROR"));
        lines.addAll(extraConfig);
        Files.write(dir.resolve("sshd_config"), lines);
    }

    private void startProcess() throws IOException, InterruptedException {
        Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory sshd insists on
        process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited " + process.exitValue() + ": " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("sshd did not listen on port " + port + " within 10 s");
    }

    private static void hostKey(Path dir) throws IOException, InterruptedException {
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "appaloft-test-host", "-f", dir.resolve("host_key").toString());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        kill();
    }
}

package dev.appaloft.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar started as the README says, with no JVM flags: the launcher and the server JVM it starts. */
class LauncherIT {

    static final Path JAR = Path.of("target", "appaloft-server.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;
    Path out;
    Path err;
    int port;
    final HttpClient http = HttpClient.newHttpClient();
    final List<ProcessHandle> started = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads the server JVM's command line from /proc");
        assertThat(JAR).exists();
        out = tmp.resolve("stdout.log");
        err = tmp.resolve("stderr.log");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    /** Whatever a failed test left running: the launcher and the server JVM. */
    @AfterEach
    void stopLeftovers() {
        for (ProcessHandle p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void withoutFlagsTheServerRunsInAChildJvmWithTheDefaultsAndSigtermStopsBothCleanly() throws Exception {
        Process launcher = start(List.of(), Map.of());
        waitForHealth();
        ProcessHandle server = onlyChild(launcher);
        List<String> command = commandLine(server.pid());
        assertThat(command).contains("-Xms16m", "-Xmx112m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
                "-Dappaloft.launcher.pid=" + launcher.pid(), "dev.appaloft.http.server.ServerMain", "serve");
        assertThat(command.subList(command.indexOf("serve"), command.size()))
                .containsExactly("serve", "--port", String.valueOf(port), "--data", tmp.resolve("data").toString(),
                        "--proxy-port", "0");
        assertThat(environment(server.pid())).contains("MALLOC_ARENA_MAX=2");

        launcher.destroy(); // SIGTERM to the launcher only, as `kill <pid>` or a supervisor sends it
        assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).as("the launcher stopped after SIGTERM").isTrue();
        assertThat(launcher.exitValue()).as("the server JVM's own answer to SIGTERM").isEqualTo(143);
        assertThat(server.isAlive()).isFalse();
        assertThat(Files.readString(out)).contains("ready in").contains("stopping").doesNotContain("ERROR");
    }

    @Test
    void explicitHeapSettingsServeFromTheStartedJvm() throws Exception {
        Process launcher = start(List.of("-Xmx256m"), Map.of());
        try {
            waitForHealth();
            assertThat(launcher.toHandle().children()).isEmpty();
        } finally {
            launcher.destroy();
            assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(out)).contains("stopping");
    }

    @Test
    void appaloftJavaOptsReachTheServerJvmAndItStopsWhenTheLauncherIsKilled() throws Exception {
        Process launcher = start(List.of(), Map.of("APPALOFT_JAVA_OPTS", "-Xmx100m -Dappaloft.it.marker=yes"));
        waitForHealth();
        ProcessHandle server = onlyChild(launcher);
        assertThat(commandLine(server.pid())).contains("-Xmx100m", "-Dappaloft.it.marker=yes", "-XX:+UseSerialGC")
                .doesNotContain("-Xmx112m", "-Xms16m");

        launcher.destroyForcibly(); // SIGKILL: no hook runs in the launcher
        assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the orphaned server stopped").isFalse();
        assertThat(Files.readString(err)).contains("is gone; stopping");
        assertThat(Files.readString(out)).contains("stopping");
    }

    @Test
    void theServersOutputErrorsAndExitCodePassThrough() throws Exception {
        Process launcher = start(List.of(), Map.of(), "--store", "bogus");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err)).contains("appaloft-server: unknown --store bogus");
        assertThat(Files.readString(out)).doesNotContain("unknown --store");
    }

    private Process start(List<String> jvmOptions, Map<String, String> env, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", String.valueOf(port),
                "--data", tmp.resolve("data").toString(), "--proxy-port", "0"));
        command.addAll(Arrays.asList(extra));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("APPALOFT_JAVA_OPTS");
        builder.environment().remove("APPALOFT_NO_RELAUNCH");
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process.toHandle());
        return process;
    }

    private ProcessHandle onlyChild(Process launcher) {
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).hasSize(1);
        started.add(children.get(0));
        return children.get(0);
    }

    private static List<String> commandLine(long pid) throws IOException {
        return nulSeparated(Path.of("/proc", String.valueOf(pid), "cmdline"));
    }

    private static List<String> environment(long pid) throws IOException {
        return nulSeparated(Path.of("/proc", String.valueOf(pid), "environ"));
    }

    private static List<String> nulSeparated(Path file) throws IOException {
        return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\0"));
    }

    private void waitForHealth() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no health answer within 60 s: " + Files.readString(out) + Files.readString(err));
    }
}

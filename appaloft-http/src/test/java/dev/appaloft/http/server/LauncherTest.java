package dev.appaloft.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When the jar's launcher starts a server JVM, and with which command line. */
class LauncherTest {

    static final String[] SERVE = {"serve", "--port", "4310"};

    static String runHere(String[] args, List<String> jvmOptions) {
        return Launcher.runHereBecause(args, jvmOptions, null, null, null);
    }

    static List<String> child(List<String> jvmOptions, String appaloftJavaOpts) {
        return Launcher.childCommand("/jdk/bin/java", jvmOptions, Launcher.splitOptions(appaloftJavaOpts),
                "appaloft-server.jar", 4242, SERVE);
    }

    @Test
    void serveInAJvmWithoutHeapSettingsRelaunches() {
        assertThat(runHere(SERVE, List.of())).isNull();
        assertThat(runHere(SERVE, List.of("-Dlogback.configurationFile=x.xml", "-XX:+UseG1GC", "-Xss1m"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx512m", "-Xms64m", "-Xmn32m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10",
            "-XX:MaxRAM=2g", "-XX:InitialRAMPercentage=5", "-XX:MinRAMPercentage=5", "-XX:VMOptionsFile=jvm.opts"})
    void explicitHeapSettingsRunHere(String option) {
        assertThat(runHere(SERVE, List.of("-Dx=1", option))).contains("heap settings").contains(option);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:otel.jar",
            "-agentpath:/opt/profiler.so", "-Xrunjdwp:transport=dt_socket"})
    void anAgentRunsHere(String option) {
        assertThat(runHere(SERVE, List.of(option))).contains("agent");
    }

    @Test
    void otherCommandsRunHere() {
        assertThat(runHere(new String[0], List.of())).isNotNull();
        assertThat(runHere(new String[] {"--version"}, List.of())).isNotNull();
        assertThat(runHere(new String[] {"--help"}, List.of())).isNotNull();
    }

    @Test
    void theOptOutsAndTheChildItselfRunHere() {
        assertThat(Launcher.runHereBecause(SERVE, List.of(), "1", null, null)).contains("turned off");
        assertThat(Launcher.runHereBecause(SERVE, List.of(), "true", null, null)).contains("turned off");
        assertThat(Launcher.runHereBecause(SERVE, List.of(), null, "false", null)).contains("turned off");
        assertThat(Launcher.runHereBecause(SERVE, List.of(), "0", null, null)).isNull();
        assertThat(Launcher.runHereBecause(SERVE, List.of(), "", "true", null)).isNull();
        assertThat(Launcher.runHereBecause(SERVE, List.of(), null, null, "4242")).contains("server JVM");
    }

    @Test
    void theChildGetsTheDefaultsThenTheUsersOptionsThenTheSameClasspathAndArguments() {
        List<String> command = child(List.of("-Dlogback.configurationFile=x.xml"), null);
        assertThat(command).containsExactly("/jdk/bin/java",
                "-Xms16m", "-Xmx112m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
                "-XX:ReservedCodeCacheSize=64m", "-Dlogback.configurationFile=x.xml", "-Dappaloft.launcher.pid=4242",
                "-cp", "appaloft-server.jar", "dev.appaloft.http.server.ServerMain", "serve", "--port", "4310");
        assertThat(Launcher.SERVER_MAIN).isEqualTo(ServerMain.class.getName());
    }

    @Test
    void appaloftJavaOptsComeLastAndReplaceTheDefaultsTheySet() {
        List<String> command = child(List.of(), "-Xmx300m -XX:+UseParallelGC -Dappaloft.x='a b'");
        assertThat(command).doesNotContain("-Xms16m", "-Xmx112m", "-XX:+UseSerialGC")
                .contains("-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m");
        assertThat(command.subList(1, command.indexOf("-Dappaloft.launcher.pid=4242")))
                .endsWith("-Xmx300m", "-XX:+UseParallelGC", "-Dappaloft.x=a b");
    }

    @Test
    void theJvmsOwnOptionsReplaceTheDefaultsTheySet() {
        List<String> command = child(List.of("-XX:+UseG1GC", "-XX:ReservedCodeCacheSize=240m"), null);
        assertThat(command).doesNotContain("-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m")
                .contains("-Xmx112m", "-XX:+UseG1GC", "-XX:ReservedCodeCacheSize=240m");
        // an initial heap above the default maximum would not start: any heap option replaces both
        assertThat(child(List.of(), "-Xms256m")).doesNotContain("-Xms16m", "-Xmx112m").contains("-Xms256m");
    }

    @Test
    void optionsSplitAtWhitespaceAndQuotesKeepSpaces() {
        assertThat(Launcher.splitOptions(null)).isEmpty();
        assertThat(Launcher.splitOptions("  ")).isEmpty();
        assertThat(Launcher.splitOptions(" -Xmx1g\t-Da=\"x y\"  -Db='' ")).containsExactly("-Xmx1g", "-Da=x y", "-Db=");
    }

    @Test
    void theChildEnvironmentDropsTheForwardedJavaOptionsAndCapsMallocArenas() {
        Map<String, String> env = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-Dx=1", "JDK_JAVA_OPTIONS", "-Dy=2",
                "PATH", "/usr/bin"));
        Launcher.childEnvironment(env);
        assertThat(env).containsOnly(Map.entry("PATH", "/usr/bin"), Map.entry("MALLOC_ARENA_MAX", "2"));
        Map<String, String> own = new HashMap<>(Map.of("MALLOC_ARENA_MAX", "8"));
        Launcher.childEnvironment(own);
        assertThat(own).containsEntry("MALLOC_ARENA_MAX", "8");
    }
}

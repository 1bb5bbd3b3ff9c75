package dev.appaloft.http.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The standalone jar's Main-Class. A JVM started without heap settings sizes its heap at a quarter of
 * the machine's memory, and the server then grows to 700+ MB under load; the README's plain
 * {@code java -jar appaloft-server.jar serve} must stay small without flags a user forgets. So
 * {@code serve} in a JVM without heap settings runs the server in a child JVM: the same java, the same
 * classpath and arguments, this JVM's own options, {@link #DEFAULTS} and then {@code APPALOFT_JAVA_OPTS}.
 * The child shares this process's stdin, stdout and stderr, its exit code is this one's, and SIGTERM or
 * SIGINT here stops it cleanly first. Everything else runs in this JVM: other commands, a JVM given
 * heap settings or an agent, {@code APPALOFT_NO_RELAUNCH=1} or {@code -Dappaloft.relaunch=false}.
 *
 * <p>This class touches nothing but the JDK until it hands over to {@link ServerMain}, so the waiting
 * launcher JVM stays small: about 50 MB resident, 35 MB of it not shared with the server JVM (the
 * parent of a process cannot be replaced from Java, so it waits). Embedders never meet it: it is only
 * the jar's entry.
 */
public final class Launcher {

    /** Set on the child to the launcher's pid: it marks the child and lets it stop when the launcher is gone. */
    static final String LAUNCHER_PID_PROPERTY = "appaloft.launcher.pid";
    static final String JAVA_OPTS_ENV = "APPALOFT_JAVA_OPTS";
    static final String NO_RELAUNCH_ENV = "APPALOFT_NO_RELAUNCH";
    static final String RELAUNCH_PROPERTY = "appaloft.relaunch";
    /** By name: loading the class here would drag picocli and logging into the launcher JVM. */
    static final String SERVER_MAIN = "dev.appaloft.http.server.ServerMain";

    /** A default JVM option of the child, left out when the user's options already set what it sets. */
    record Default(String option, Predicate<String> setBy) {
    }

    /** Options that size or place the heap: any of them means the user chose the heap. */
    static final List<String> HEAP_PREFIXES = List.of("-Xmx", "-Xms", "-Xmn", "-XX:MaxHeapSize=",
            "-XX:InitialHeapSize=", "-XX:MinHeapSize=", "-XX:NewSize=", "-XX:MaxNewSize=", "-XX:MaxRAM",
            "-XX:MinRAM", "-XX:InitialRAM", "-XX:Flags=", "-XX:VMOptionsFile=");
    /** A debugger or profiler agent binds ports and expects this process: it is not run twice. */
    static final List<String> AGENT_PREFIXES = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrun");
    private static final Pattern GC_SELECTION = Pattern.compile("-XX:[+-]Use\\w+GC");

    /**
     * The server JVM's defaults, measured with bench/http-bench.sh on the 2-core, 24 GiB machine (README):
     * the live heap after the benchmark is about 32 MB. Starting the heap small lets it follow the live
     * data (about 60 MB committed under the benchmark) rather than fill up to the maximum, which alone
     * saved about 20 MB resident at a cost of about 1% of CPU time in more young collections; 112 MB is
     * room for bursts. The serial collector has the smallest footprint and, on a heap this size,
     * millisecond pauses. Metaspace (44 MB used) and code cache (18 MB) are capped at about three times
     * their use, so that growth there fails instead of creeping.
     */
    static final List<Default> DEFAULTS = List.of(
            prefixed("-Xms16m", HEAP_PREFIXES.toArray(String[]::new)),
            prefixed("-Xmx112m", HEAP_PREFIXES.toArray(String[]::new)),
            new Default("-XX:+UseSerialGC", arg -> GC_SELECTION.matcher(arg).lookingAt()),
            prefixed("-XX:MaxMetaspaceSize=128m", "-XX:MaxMetaspaceSize="),
            prefixed("-XX:ReservedCodeCacheSize=64m", "-XX:ReservedCodeCacheSize="));

    private static Default prefixed(String option, String... prefixes) {
        return new Default(option, arg -> Arrays.stream(prefixes).anyMatch(arg::startsWith));
    }

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String reason = runHereBecause(args, jvmOptions, System.getenv(NO_RELAUNCH_ENV),
                System.getProperty(RELAUNCH_PROPERTY), System.getProperty(LAUNCHER_PID_PROPERTY));
        if (reason != null) {
            if (System.getenv(JAVA_OPTS_ENV) != null && reason.startsWith("the JVM has")) {
                System.err.println("appaloft-server: " + JAVA_OPTS_ENV + " is ignored: " + reason);
            }
            ServerMain.main(args);
            return;
        }
        List<String> command = childCommand(javaBinary(), jvmOptions, splitOptions(System.getenv(JAVA_OPTS_ENV)),
                System.getProperty("java.class.path"), ProcessHandle.current().pid(), args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        childEnvironment(builder.environment());
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("appaloft-server: cannot start the server JVM (" + e.getMessage()
                    + "); serving from this JVM with its own heap settings");
            ServerMain.main(args);
            return;
        }
        // SIGTERM or SIGINT here (or System.exit): stop the child cleanly and wait for it. On Ctrl-C the
        // terminal signals both; a second SIGTERM to a stopping JVM changes nothing.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "appaloft-launcher-stop"));
        System.exit(child.waitFor());
    }

    /**
     * Why the server runs in this JVM, or null when it should run in a child with the defaults: only
     * {@code serve} is long-lived enough to matter, and explicit heap settings or an agent are the user's
     * choice of JVM.
     */
    static String runHereBecause(String[] args, List<String> jvmOptions, String noRelaunchEnv,
                                 String relaunchProperty, String launcherPid) {
        if (launcherPid != null) {
            return "this is the server JVM the launcher started";
        }
        if (args.length == 0 || !"serve".equals(args[0])) {
            return "not the serve command";
        }
        if (isTrue(noRelaunchEnv) || "false".equalsIgnoreCase(relaunchProperty)) {
            return "relaunching is turned off";
        }
        for (String option : jvmOptions) {
            if (HEAP_PREFIXES.stream().anyMatch(option::startsWith)) {
                return "the JVM has its own heap settings (" + option + ")";
            }
            if (AGENT_PREFIXES.stream().anyMatch(option::startsWith)) {
                return "the JVM has an agent (" + option + ")";
            }
        }
        return null;
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /**
     * java, the defaults the user's options do not already set, this JVM's options (from the command
     * line, JDK_JAVA_OPTIONS and JAVA_TOOL_OPTIONS), APPALOFT_JAVA_OPTS (last, so they win), the pid
     * marker, then the same classpath, {@link ServerMain} and the same arguments.
     */
    static List<String> childCommand(String java, List<String> jvmOptions, List<String> extraOptions,
                                     String classpath, long launcherPid, String[] args) {
        List<String> user = new ArrayList<>(jvmOptions);
        user.addAll(extraOptions);
        List<String> command = new ArrayList<>();
        command.add(java);
        for (Default d : DEFAULTS) {
            if (user.stream().noneMatch(d.setBy())) {
                command.add(d.option());
            }
        }
        command.addAll(user);
        command.add("-D" + LAUNCHER_PID_PROPERTY + "=" + launcherPid);
        command.add("-cp");
        command.add(classpath);
        command.add(SERVER_MAIN);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * The child's environment: this one's, without the two variables whose options the child already
     * gets on its command line (they would apply twice), and with fewer glibc malloc arenas.
     */
    static void childEnvironment(Map<String, String> env) {
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        // glibc keeps up to 8 malloc arenas per core, each holding on to freed native memory (the JIT
        // compilers, SQLite); 2 are enough for a JVM, whose objects live in its heap (measured: about
        // 8 MB less resident)
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
    }

    /** Splits APPALOFT_JAVA_OPTS at whitespace; single or double quotes keep a value with spaces in one option. */
    static List<String> splitOptions(String options) {
        List<String> out = new ArrayList<>();
        if (options == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (char c : options.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    out.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            out.add(current.toString());
        }
        return out;
    }

    /** The java binary of this JVM. */
    private static String javaBinary() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse(java.toString());
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        boolean interrupted = false;
        while (true) {
            try {
                child.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

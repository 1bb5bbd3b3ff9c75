package dev.appaloft.api.runtime.capacity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One POSIX shell script that reads a host's capacity in a single round trip: {@code df -P -k} and
 * {@code df -P -i} per path, {@code /proc/meminfo}, {@code nproc}, {@code /proc/loadavg} and,
 * when asked, the docker CLI's version, data root and {@code docker system df}. Each part is a
 * section {@code @@section <name>} read by {@link CapacityParsers#sections}; a part that fails
 * prints nothing (or its exit status), so one missing tool never hides the others. Read-only:
 * nothing in it changes the host.
 */
public final class HostFactsScript {

    static final String MARK = "@@";

    private HostFactsScript() {
    }

    /**
     * @param paths the paths whose file systems to report ({@code /} and whatever else matters)
     * @param docker whether to ask the docker CLI too (its data root is then reported as well)
     */
    public static String render(List<String> paths, boolean docker) {
        String quoted = paths.stream().map(HostFactsScript::quote).collect(Collectors.joining(" "));
        StringBuilder s = new StringBuilder("LC_ALL=C; export LC_ALL\n");
        s.append("root=\n");
        if (docker) {
            s.append("echo '@@section docker-version'\n")
                    .append("if command -v docker >/dev/null 2>&1; then docker version --format '{{.Server.Version}}'"
                            + " 2>/dev/null; echo \"@@status $?\"; else echo '@@status 127'; fi\n")
                    .append("echo '@@section docker-root'\n")
                    .append("root=$(docker info --format '{{.DockerRootDir}}' 2>/dev/null); echo \"$root\"\n")
                    .append("echo '@@section docker-df'\n")
                    .append("docker system df --format '{{json .}}' 2>/dev/null; echo \"@@status $?\"\n");
        }
        s.append("echo '@@section df'\n")
                .append("for p in ").append(quoted).append(" ${root:+\"$root\"}; do echo \"@@path $p\"; df -P -k -- \"$p\" 2>/dev/null"
                        + " | tail -n 1; done\n")
                .append("echo '@@section df-inodes'\n")
                .append("for p in ").append(quoted).append(" ${root:+\"$root\"}; do echo \"@@path $p\"; df -P -i -- \"$p\" 2>/dev/null"
                        + " | tail -n 1; done\n")
                .append("echo '@@section meminfo'\n")
                .append("cat /proc/meminfo 2>/dev/null\n")
                .append("echo '@@section nproc'\n")
                .append("nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null\n")
                .append("echo '@@section loadavg'\n")
                .append("cat /proc/loadavg 2>/dev/null\n")
                .append("echo '@@section end'\n");
        return s.toString();
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

package dev.appaloft.runtime.ssh;

import java.util.List;

/**
 * The shell commands that start, stop and read the log of a server's Caddy. It runs as a
 * container of {@link EdgeProxyOptions#image()} when the server's Docker engine has that image
 * (host network, restarted by Docker after a reboot, resuming its last configuration), else as
 * the server's own {@code caddy} binary in a session of its own (so it outlives the SSH channel
 * that started it). Each proxy keeps its files under {@code ~/.appaloft/edge-proxy/<admin port>}
 * and its container is named after its admin port, so several can share one machine.
 */
final class CaddyLaunch {

    enum Method { CONTAINER, BINARY, NONE;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final EdgeProxyOptions options;
    private final int adminPort;

    CaddyLaunch(EdgeProxyOptions options, int adminPort) {
        this.options = options;
        this.adminPort = adminPort;
    }

    String containerName() {
        return "appaloft-caddy-" + adminPort;
    }

    /** The proxy's folder on the server, as a double-quoted shell word ($HOME expands there). */
    private String dir() {
        return "\"$HOME/.appaloft/edge-proxy/" + adminPort + "\"";
    }

    /** Prints {@code container}, {@code binary} or {@code none}: how Caddy can run on this server. */
    String detect() {
        return "if docker image inspect " + Shell.quote(options.image()) + " >/dev/null 2>&1; then echo container;"
                + " elif command -v " + Shell.quote(options.binary()) + " >/dev/null 2>&1; then echo binary;"
                + " else echo none; fi";
    }

    static Method method(String detected) {
        return switch (detected == null ? "" : detected.trim()) {
            case "container" -> Method.CONTAINER;
            case "binary" -> Method.BINARY;
            default -> Method.NONE;
        };
    }

    /**
     * Removes what an earlier start left (after its admin API was asked to stop): the container,
     * or the process recorded in the pid file if it still is a caddy.
     */
    String stopLeftover() {
        return "docker rm -f " + containerName() + " >/dev/null 2>&1; d=" + dir() + "; if [ -f \"$d/caddy.pid\" ];"
                + " then p=$(cat \"$d/caddy.pid\"); if grep -q caddy \"/proc/$p/cmdline\" 2>/dev/null;"
                + " then kill \"$p\"; fi; rm -f \"$d/caddy.pid\"; fi; true";
    }

    /** Writes the configuration read from standard input to the proxy's folder, then starts Caddy with it. */
    String start(Method method) {
        String prepare = "d=" + dir() + "; mkdir -p \"$d\" || exit 1; cat > \"$d/caddy.json\" || exit 1; ";
        return switch (method) {
            case CONTAINER -> prepare + "docker rm -f " + containerName() + " >/dev/null 2>&1; docker " + Shell.join(List.of(
                    "run", "--detach", "--name", containerName(), "--restart", "unless-stopped", "--network", "host",
                    "--label", "appaloft.edge-proxy=" + adminPort,
                    "--volume", containerName() + "-data:/data", "--volume", containerName() + "-config:/config"))
                    + " --volume \"$d:/etc/appaloft-caddy:ro\" " + Shell.join(List.of(options.image(),
                    "caddy", "run", "--config", "/etc/appaloft-caddy/caddy.json", "--resume"));
            // setsid: a session of its own, so the end of this channel neither hangs up nor kills it
            case BINARY -> prepare + "s=; command -v setsid >/dev/null 2>&1 && s=setsid; ( cd \"$d\" &&"
                    + " XDG_CONFIG_HOME=\"$d/config\" XDG_DATA_HOME=\"$d/data\" exec $s nohup " + Shell.quote(options.binary())
                    + " run --config \"$d/caddy.json\" >\"$d/caddy.log\" 2>&1 </dev/null ) & echo $! > \"$d/caddy.pid\"";
            case NONE -> throw new IllegalArgumentException("no way to run caddy on this server");
        };
    }

    /** Exits 0 while the started Caddy runs. */
    String running(Method method) {
        return method == Method.CONTAINER
                ? "[ \"$(docker inspect --format '{{.State.Running}}' " + containerName() + " 2>/dev/null)\" = true ]"
                : "kill -0 \"$(cat " + dir() + "/caddy.pid 2>/dev/null)\" 2>/dev/null";
    }

    /** The last lines Caddy wrote (where a port conflict or a bad configuration shows). */
    String logTail(Method method) {
        return method == Method.CONTAINER ? "docker logs --tail 20 " + containerName() + " 2>&1"
                : "tail -n 20 " + dir() + "/caddy.log 2>/dev/null";
    }
}

package dev.appaloft.runtime.docker.agent;

import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.provider.PlatformProviders;
import dev.appaloft.api.fleet.provider.TestPlatform;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.DockerEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a fleet agent until SIGTERM:
 *
 * <pre>
 * java -cp ... dev.appaloft.runtime.docker.agent.AgentMain --server http://127.0.0.1:4310 \
 *      --token ax_dg_... --name edge-1 --platform local --state-dir /var/lib/appaloft-agent
 * </pre>
 *
 * Options: {@code --server} ({@code APPALOFT_FLEET_URL}), {@code --token} (the group token,
 * needed on first start only; {@code APPALOFT_FLEET_TOKEN}), {@code --name}, {@code --platform}
 * ({@code local} or {@code test}; others are accepted and fail with PLATFORM_NOT_SUPPORTED),
 * {@code --state-dir}, {@code --docker-host}, {@code --poll-ms}, {@code --heartbeat-ms},
 * {@code --label k=v} (repeatable: extra container labels).
 */
public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--label")) {
                String[] kv = args[i + 1].split("=", 2);
                labels.put(kv[0], kv.length > 1 ? kv[1] : "");
            } else {
                opts.put(args[i], args[i + 1]);
            }
        }
        String server = opts.getOrDefault("--server", System.getenv("APPALOFT_FLEET_URL"));
        if (server == null) {
            System.err.println("usage: AgentMain --server URL [--token ax_dg_...] [--name NAME] [--platform local|test] "
                    + "[--state-dir DIR] [--docker-host URI] [--poll-ms N] [--heartbeat-ms N] [--label k=v]...");
            System.exit(2);
        }
        Platform platform = Platform.fromWire(opts.getOrDefault("--platform", "local"));
        AgentOptions options = new AgentOptions(server, opts.getOrDefault("--token", System.getenv("APPALOFT_FLEET_TOKEN")),
                opts.get("--name"), platform, Path.of(opts.getOrDefault("--state-dir", ".appaloft-agent")),
                Duration.ofMillis(Long.parseLong(opts.getOrDefault("--poll-ms", "2000"))),
                Duration.ofMillis(Long.parseLong(opts.getOrDefault("--heartbeat-ms", "10000"))), null, labels);
        PlatformProviders providers = new PlatformProviders().register(new TestPlatform());
        DockerEngine docker = null;
        if (platform == Platform.LOCAL) {
            docker = DockerEngine.connect(opts.getOrDefault("--docker-host", DockerEngine.DEFAULT_HOST));
            providers.register(new LocalDockerProvider(new DockerDeploymentRuntime(docker), labels));
        }
        FleetAgent agent = new FleetAgent(options, providers).start();
        DockerEngine engine = docker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            if (engine != null) {
                engine.close();
            }
        }, "fleet-agent-shutdown"));
        agent.awaitStop();
    }
}

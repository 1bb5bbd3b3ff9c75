package dev.appaloft.runtime.docker.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release's stack for the {@code local} (and {@code test}) platform: resources of type
 * {@code container}, each naming an image, the port it listens on, and optionally a command,
 * environment and health check path.
 *
 * <pre>{@code
 * {"id": "shop", "resources": {"web": {"lifecycle": "live", "dependencies": [],
 *   "config": {"id": "web", "type": "container", "image": "local/busybox:1", "port": 8080,
 *              "command": ["httpd", "-f", "-p", "8080"], "environment": {"GREETING": "hi"},
 *              "healthCheck": {"path": "/", "timeoutSeconds": 30}}}}}
 * }</pre>
 */
public record LocalStack(String id, List<Container> containers) {

    public static final String CONTAINER = "container";

    /** One container resource. */
    public record Container(String id, String image, int port, List<String> command, Map<String, String> environment,
                            String healthPath, int healthTimeoutSeconds, JsonNode config) {
    }

    /** Thrown for a stack the local platform cannot run; the message names the field at fault. */
    public static final class InvalidStack extends RuntimeException {
        public InvalidStack(String message) {
            super(message);
        }
    }

    public static LocalStack parse(JsonNode stack) {
        if (stack == null || !stack.isObject()) {
            throw new InvalidStack("the release has no stack for this platform");
        }
        List<Container> containers = new ArrayList<>();
        JsonNode resources = stack.path("resources");
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = "resources." + entry.getKey() + ".config";
            JsonNode config = entry.getValue().path("config");
            String type = config.path("type").asText("");
            if (!type.equals(CONTAINER)) {
                throw new InvalidStack(at + ".type: resource type \"" + type + "\" cannot run on this platform "
                        + "(supported: container)");
            }
            String image = config.path("image").asText("");
            if (image.isBlank()) {
                throw new InvalidStack(at + ".image: a container needs an image");
            }
            int port = config.path("port").asInt(0);
            if (port < 1 || port > 65_535) {
                throw new InvalidStack(at + ".port: a container needs the port it listens on (1-65535)");
            }
            List<String> command = new ArrayList<>();
            config.path("command").forEach(c -> command.add(c.asText()));
            Map<String, String> environment = new LinkedHashMap<>();
            config.path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
            JsonNode health = config.path("healthCheck");
            containers.add(new Container(entry.getKey(), image, port, List.copyOf(command), environment,
                    health.path("path").asText("/"), health.path("timeoutSeconds").asInt(60), config));
        }
        return new LocalStack(stack.path("id").asText("stack"), List.copyOf(containers));
    }
}

package dev.appaloft.runtime.docker.compose;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The second compose file Appaloft adds on top of the user's ({@code -f theirs -f ours}): every
 * service gets Appaloft's labels and the stack's variables, the routed service publishes its
 * port on a free loopback port (the edge proxy routes there, so the new stack can start beside
 * the old one). Variables are written as {@code KEY: ${APPALOFT_ENV_<n>}}, which the Compose CLI
 * fills from its own environment ({@link #processEnvironment}): secret values never reach a file,
 * and a variable named like one the CLI itself reads ({@code PATH}, {@code DOCKER_HOST},
 * {@code COMPOSE_FILE}) reaches the services without changing how the CLI runs. Written as JSON,
 * which every YAML reader takes.
 */
final class ComposeOverride {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIX = "APPALOFT_ENV_";

    /** The values for the CLI's environment, under the names {@link #render} gave them; '$' kept literal by Compose. */
    static Map<String, String> processEnvironment(Map<String, String> variables) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> keys = List.copyOf(new TreeSet<>(variables.keySet()));
        for (int i = 0; i < keys.size(); i++) {
            env.put(PREFIX + i, variables.get(keys.get(i)));
        }
        return env;
    }

    private ComposeOverride() {
    }

    static String render(List<String> services, String target, int internalPort, Map<String, String> labels,
                         java.util.Set<String> variables) {
        return render(services, target, internalPort, labels, variables, List.of(), null);
    }

    /**
     * @param volumes the file's named volumes
     * @param volumePrefix when set, each named volume is given the name {@code <prefix>-<volume>}: the
     *     same volume for every deployment of the resource (the project name changes each time, and
     *     with it the name Compose would give), so a stack's data outlives a redeploy
     */
    static String render(List<String> services, String target, int internalPort, Map<String, String> labels,
                         java.util.Set<String> variables, List<String> volumes, String volumePrefix) {
        Map<String, Object> byService = new LinkedHashMap<>();
        for (String service : services) {
            Map<String, Object> definition = new LinkedHashMap<>();
            Map<String, String> serviceLabels = new LinkedHashMap<>(labels);
            serviceLabels.put(ComposeStacks.LABEL_TARGET, String.valueOf(service.equals(target)));
            definition.put("labels", serviceLabels);
            if (!variables.isEmpty()) {
                Map<String, String> environment = new LinkedHashMap<>();
                List<String> keys = List.copyOf(new TreeSet<>(variables));
                for (int i = 0; i < keys.size(); i++) {
                    environment.put(keys.get(i), "${" + PREFIX + i + "}");
                }
                definition.put("environment", environment);
            }
            if (service.equals(target)) {
                definition.put("ports", List.of("127.0.0.1::" + internalPort));
            }
            byService.put(service, definition);
        }
        try {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("services", byService);
            if (volumePrefix != null && !volumes.isEmpty()) {
                Map<String, Object> named = new LinkedHashMap<>();
                volumes.forEach(v -> named.put(v, Map.of("name", volumePrefix + "-" + v)));
                file.put("volumes", named);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

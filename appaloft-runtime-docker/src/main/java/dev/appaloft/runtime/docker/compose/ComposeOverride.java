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
 * the old one). Variables are value-less entries, which the Compose CLI fills from its own
 * environment: secret values never reach a file. Written as JSON, which every YAML reader takes.
 */
final class ComposeOverride {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComposeOverride() {
    }

    static String render(List<String> services, String target, int internalPort, Map<String, String> labels,
                         java.util.Set<String> variables) {
        Map<String, Object> byService = new LinkedHashMap<>();
        for (String service : services) {
            Map<String, Object> definition = new LinkedHashMap<>();
            Map<String, String> serviceLabels = new LinkedHashMap<>(labels);
            serviceLabels.put(ComposeStacks.LABEL_TARGET, String.valueOf(service.equals(target)));
            definition.put("labels", serviceLabels);
            if (!variables.isEmpty()) {
                definition.put("environment", List.copyOf(new TreeSet<>(variables)));
            }
            if (service.equals(target)) {
                definition.put("ports", List.of("127.0.0.1::" + internalPort));
            }
            byService.put(service, definition);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("services", byService));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.appaloft.runtime.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the docker CLI prints for a capacity reading: {@code docker container inspect --size}
 * and {@code docker image inspect} JSON arrays, and the {@code ID<tab>Status} lines of
 * {@code docker ps}. Unreadable entries are left out rather than guessed.
 */
final class RemoteCapacityJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteCapacityJson() {
    }

    /** {@code docker ps --format '{{.ID}}\t{{.Status}}'} lines, by full id. */
    static Map<String, String> statuses(String output) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                statuses.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return statuses;
    }

    static List<ManagedContainer> containers(String inspectJson, Map<String, String> statuses) throws IOException {
        List<ManagedContainer> out = new ArrayList<>();
        for (JsonNode c : array(inspectJson)) {
            String id = c.path("Id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            JsonNode state = c.path("State");
            boolean running = state.path("Running").asBoolean(false) || state.path("Restarting").asBoolean(false);
            List<String> volumes = new ArrayList<>();
            for (JsonNode mount : c.path("Mounts")) {
                if ("volume".equals(mount.path("Type").asText()) && !mount.path("Name").asText("").isEmpty()) {
                    volumes.add(mount.path("Name").asText());
                }
            }
            Long sizeRw = c.has("SizeRw") && c.get("SizeRw").canConvertToLong() ? c.get("SizeRw").asLong() : null;
            String status = statuses.getOrDefault(id, state.path("Status").asText(""));
            out.add(new ManagedContainer(id, c.path("Name").asText("").replaceFirst("^/", ""),
                    labels(c.path("Config").path("Labels")), running, state.path("Status").asText(""), status,
                    c.path("Config").path("Image").asText(null), instant(c.path("Created").asText(null)),
                    running ? null : instant(state.path("FinishedAt").asText(null)), sizeRw, volumes));
        }
        return out;
    }

    static List<ManagedImage> images(String inspectJson) throws IOException {
        List<ManagedImage> out = new ArrayList<>();
        for (JsonNode image : array(inspectJson)) {
            String id = image.path("Id").asText("");
            if (!id.isEmpty()) {
                out.add(new ManagedImage(id, labels(image.path("Config").path("Labels")),
                        instant(image.path("Created").asText(null)), Math.max(0, image.path("Size").asLong(0))));
            }
        }
        return out;
    }

    private static List<JsonNode> array(String json) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        JsonNode root = JSON.readTree(json == null || json.isBlank() ? "[]" : json);
        if (root != null && root.isArray()) {
            root.forEach(nodes::add);
        }
        return nodes;
    }

    /** The labels {@code docker ps --format '{{json .Labels}}'} prints: a JSON string {@code "k=v,k=v"}. */
    static Map<String, String> labelList(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        String text;
        try {
            text = JSON.readTree(json).asText("");
        } catch (IOException e) {
            text = json;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> out = new LinkedHashMap<>();
        if (labels != null && labels.isObject()) {
            labels.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText("")));
        }
        return out;
    }

    // docker writes the zero time (year 1) for "never"; nanosecond fractions parse as they are
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.parse(text.strip());
            return at.isBefore(Instant.EPOCH) ? null : at;
        } catch (DateTimeParseException e) {
            try {
                Instant at = java.time.OffsetDateTime.parse(text.strip()).toInstant();
                return at.isBefore(Instant.EPOCH) ? null : at;
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}

package dev.appaloft.runtime.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.runtime.capacity.ContainerStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code docker stats --no-stream --format '{{json .}}'} as the docker CLI prints it on a
 * server: percentages ({@code 12.5%}) and human sizes ({@code 1.5MiB / 7.7GiB}, {@code 3kB / 0B}),
 * decimal or binary units.
 */
final class RemoteContainerStats {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIZE = Pattern.compile("\\s*([0-9.]+)\\s*([A-Za-z]*)\\s*");

    private RemoteContainerStats() {
    }

    /** @param labels the label value of each container id (full ids) */
    static List<ContainerStats> parse(String output, Map<String, Map<String, String>> labels) throws IOException {
        List<ContainerStats> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode s = JSON.readTree(line);
            String id = full(s.path("ID").asText(s.path("Container").asText()), labels);
            if (id == null) {
                continue;
            }
            Long[] mem = pair(s.path("MemUsage").asText(null));
            Long[] net = pair(s.path("NetIO").asText(null));
            Long[] block = pair(s.path("BlockIO").asText(null));
            out.add(new ContainerStats(id, labels.get(id), percent(s.path("CPUPerc").asText(null)), mem[0], mem[1],
                    net[0], net[1], block[0], block[1]));
        }
        return out;
    }

    // docker stats may print short ids even when asked for long ones
    private static String full(String id, Map<String, Map<String, String>> labels) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return labels.keySet().stream().filter(k -> k.startsWith(id)).findFirst().orElse(null);
    }

    static Double percent(String text) {
        if (text == null || text.isBlank() || text.contains("-")) {
            return null;
        }
        try {
            return Double.parseDouble(text.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long[] pair(String text) {
        if (text == null || !text.contains("/")) {
            return new Long[] {null, null};
        }
        String[] parts = text.split("/", 2);
        return new Long[] {bytes(parts[0]), bytes(parts[1])};
    }

    static Long bytes(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1;
            case "kb" -> 1e3;
            case "mb" -> 1e6;
            case "gb" -> 1e9;
            case "tb" -> 1e12;
            case "kib" -> 1024.0;
            case "mib" -> 1024.0 * 1024;
            case "gib" -> 1024.0 * 1024 * 1024;
            case "tib" -> 1024.0 * 1024 * 1024 * 1024;
            default -> -1;
        };
        return factor < 0 ? null : Math.round(value * factor);
    }
}

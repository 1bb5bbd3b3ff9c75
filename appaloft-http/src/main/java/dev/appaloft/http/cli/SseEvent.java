package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** One Server-Sent Event: its name ({@code message} when unnamed), id and JSON data. */
public record SseEvent(String name, String id, JsonNode data) {

    /** Turns the lines of a stream into events (an empty line ends one; comments are skipped). */
    static final class Parser {
        private String name;
        private String id;
        private StringBuilder data;

        SseEvent line(String line) {
            if (line.isEmpty()) {
                if (data == null) {
                    name = null;
                    return null;
                }
                SseEvent event = new SseEvent(name == null ? "message" : name, id, ApiClient.parse(data.toString()));
                name = null;
                id = null;
                data = null;
                return event;
            }
            if (line.startsWith(":")) {
                return null;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
            return null;
        }
    }
}

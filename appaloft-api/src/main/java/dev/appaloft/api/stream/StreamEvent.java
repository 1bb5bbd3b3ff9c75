package dev.appaloft.api.stream;

import java.util.Objects;

/**
 * One event of an {@link EventStream}.
 *
 * @param name the SSE event name; null for the default ({@code message})
 * @param id the position a client resumes after (SSE {@code id}, sent back as {@code Last-Event-ID}); may be null
 * @param data the payload, written as JSON
 */
public record StreamEvent(String name, String id, Object data) {

    public StreamEvent {
        Objects.requireNonNull(data, "data");
    }

    public static StreamEvent of(String id, Object data) {
        return new StreamEvent(null, id, data);
    }
}

package dev.appaloft.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document's unique keys as stored in its {@code held_keys} column (a JSON array), so reads
 * need no join; the {@code unique_keys} table is what enforces them.
 */
final class HeldKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeldKeys() {
    }

    static String encode(Set<String> keys) {
        try {
            return JSON.writeValueAsString(new TreeSet<>(keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode unique keys", e);
        }
    }

    static Set<String> decode(String column) {
        try {
            return Set.of(JSON.readValue(column, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt held_keys column", e);
        }
    }
}

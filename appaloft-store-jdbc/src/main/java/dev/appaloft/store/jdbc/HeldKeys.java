package dev.appaloft.store.jdbc;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document's unique keys as stored in its {@code held_keys} column, so reads need no join; the
 * {@code unique_keys} table is what enforces them. Each key is written as {@code <length>:<key>}:
 * any character may appear in a key, and decoding every row of a list stays a cheap scan.
 */
public final class HeldKeys {

    private HeldKeys() {
    }

    public static String encode(Set<String> keys) {
        StringBuilder out = new StringBuilder();
        for (String key : new TreeSet<>(keys)) {
            out.append(key.length()).append(':').append(key);
        }
        return out.toString();
    }

    public static Set<String> decode(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>(4);
        int i = 0;
        while (i < column.length()) {
            int colon = column.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalStateException("corrupt held_keys column");
            }
            int length = Integer.parseInt(column, i, colon, 10);
            keys.add(column.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return Set.copyOf(keys);
    }
}

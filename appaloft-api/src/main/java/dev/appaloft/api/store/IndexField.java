package dev.appaloft.api.store;

import java.util.Objects;

/**
 * One field a collection is indexed on. The name is also the SQL column name, so it is a
 * lowercase word list ({@code deployment_group_id}) and never one of the columns every table has.
 */
public record IndexField(String name, IndexType type) {

    static final java.util.Set<String> RESERVED = java.util.Set.of("id", "version", "created_at", "updated_at",
            "held_keys", "body");

    public IndexField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z][a-z0-9_]{0,40}") || RESERVED.contains(name)) {
            throw new IllegalArgumentException("index field names are lowercase words, not reserved: " + name);
        }
    }

    public static IndexField text(String name) {
        return new IndexField(name, IndexType.TEXT);
    }

    public static IndexField number(String name) {
        return new IndexField(name, IndexType.NUMBER);
    }

    public static IndexField textSet(String name) {
        return new IndexField(name, IndexType.TEXT_SET);
    }
}

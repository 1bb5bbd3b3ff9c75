package dev.appaloft.api.store;

import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * The values of a document's declared index fields (see {@link CollectionSpec}): a {@code String}
 * for TEXT, a {@code Long} for NUMBER, a {@code Set<String>} for TEXT_SET. An absent field matches
 * only a query that does not filter on it. As a query's {@code where}, every value must match.
 */
public record DocumentIndex(Map<String, Object> values) {

    public static final DocumentIndex NONE = new DocumentIndex(Map.of());

    public DocumentIndex {
        // stores build one index per row read: an immutable map without nulls is taken as it is
        boolean clean = true;
        for (Object v : values.values()) {
            if (v == null || v instanceof Set<?>) {
                clean = false;
                break;
            }
        }
        if (clean) {
            values = Map.copyOf(values);
        } else {
            Map<String, Object> copy = new HashMap<>();
            values.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v instanceof Set<?> set ? Set.copyOf(set) : v);
                }
            });
            values = Map.copyOf(copy);
        }
    }

    public static DocumentIndex ofOrganization(String organizationId) {
        return NONE.with(IndexFields.ORGANIZATION_ID, organizationId);
    }

    /** This index with {@code field} set to {@code value}; a {@code null} value removes the field. */
    public DocumentIndex with(String field, Object value) {
        Map<String, Object> next = new HashMap<>(values);
        if (value == null) {
            next.remove(field);
        } else {
            next.put(field, value);
        }
        return new DocumentIndex(next);
    }

    public Object get(String field) {
        return values.get(field);
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public String organizationId() {
        return text(IndexFields.ORGANIZATION_ID);
    }

    public String status() {
        return text(IndexFields.STATUS);
    }
}

package dev.appaloft.api.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document collection and the fields it is indexed on. Stores refuse a draft or a query that
 * names a field the collection does not declare: a typo fails at once instead of matching nothing.
 * A JDBC table has exactly one column (and one index) per declared field.
 */
public record CollectionSpec(String name, List<IndexField> indexes) {

    public CollectionSpec {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("collection names are lowercase words: " + name);
        }
        indexes = List.copyOf(indexes);
        if (indexes.stream().map(IndexField::name).distinct().count() != indexes.size()) {
            throw new IllegalArgumentException("index fields of " + name + " are declared twice");
        }
    }

    public static CollectionSpec of(String name, IndexField... indexes) {
        return new CollectionSpec(name, List.of(indexes));
    }

    /** The declared field, or an {@link IllegalArgumentException} naming the collection. */
    public IndexField field(String fieldName) {
        for (IndexField field : indexes) {
            if (field.name().equals(fieldName)) {
                return field;
            }
        }
        throw new IllegalArgumentException(name + " declares no index field " + fieldName);
    }

    /** Checks every value of {@code index} against its declared field and type. */
    public DocumentIndex check(DocumentIndex index) {
        for (Map.Entry<String, Object> entry : index.values().entrySet()) {
            IndexField field = field(entry.getKey());
            if (!field.type().accepts(entry.getValue())) {
                throw new IllegalArgumentException(name + "." + field.name() + " is " + field.type()
                        + ", not " + entry.getValue().getClass().getSimpleName());
            }
        }
        return index;
    }

    /**
     * Checks the fields a query filters on and the values it compares: a TEXT_SET field is compared
     * with single strings (does the set hold one of them).
     */
    public DocumentQuery check(DocumentQuery query) {
        query.where().values().forEach((f, v) -> checkFilterValue(f, v));
        query.anyOf().forEach((f, values) -> values.forEach(v -> checkFilterValue(f, v)));
        query.noneOf().forEach((f, values) -> values.forEach(v -> checkFilterValue(f, v)));
        query.atLeast().keySet().forEach(this::requireNumber);
        query.below().keySet().forEach(this::requireNumber);
        return query;
    }

    /** Checks a grouped read: {@code field} must be a declared TEXT field. */
    public DocumentQuery checkGrouping(DocumentQuery query, String fieldName) {
        if (field(fieldName).type() != IndexType.TEXT) {
            throw new IllegalArgumentException(name + "." + fieldName + " is not a TEXT field: cannot group by it");
        }
        return check(query);
    }

    private void checkFilterValue(String fieldName, Object value) {
        IndexField field = field(fieldName);
        boolean ok = field.type() == IndexType.NUMBER ? value instanceof Long : value instanceof String;
        if (!ok) {
            throw new IllegalArgumentException(name + "." + fieldName + " (" + field.type() + ") cannot be compared with "
                    + value.getClass().getSimpleName());
        }
    }

    private void requireNumber(String fieldName) {
        if (field(fieldName).type() != IndexType.NUMBER) {
            throw new IllegalArgumentException(name + "." + fieldName + " is not a NUMBER field: no range filter");
        }
    }
}

package dev.appaloft.api.store;

/** The type of a declared index field, which decides the values it takes and the column it gets. */
public enum IndexType {
    /** One string. */
    TEXT,
    /** One long; instants are indexed as epoch milliseconds so ranges compare as numbers. */
    NUMBER,
    /** A set of strings; an equality or {@code anyOf} filter matches when the set holds a wanted value. */
    TEXT_SET;

    /** Whether {@code value} is a value of this type ({@code null} is every field's "absent"). */
    public boolean accepts(Object value) {
        return switch (this) {
            case TEXT -> value instanceof String;
            case NUMBER -> value instanceof Long;
            case TEXT_SET -> value instanceof java.util.Set<?> set && set.stream().allMatch(String.class::isInstance);
        };
    }
}

package dev.appaloft.store.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** {@code IN (...)} lists of bounded length: SQLite caps the parameters of one statement. */
final class InLists {

    static final int MAX_PARAMETERS = 500;

    private InLists() {
    }

    /** The distinct {@code values}, in lists of at most {@link #MAX_PARAMETERS}. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> distinct = List.copyOf(Set.copyOf(values));
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_PARAMETERS) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + MAX_PARAMETERS)));
        }
        return chunks;
    }
}

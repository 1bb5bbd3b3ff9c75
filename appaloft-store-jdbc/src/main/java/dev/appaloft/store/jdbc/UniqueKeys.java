package dev.appaloft.store.jdbc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** The {@code unique_keys} table: which document of a collection holds a key. */
final class UniqueKeys {

    private static final String CLAIM = "INSERT INTO unique_keys (collection, unique_key, doc_id) VALUES (?, ?, ?) "
            + "ON CONFLICT (collection, unique_key) DO NOTHING";
    private static final String CLAIM_TWO = "INSERT INTO unique_keys (collection, unique_key, doc_id) "
            + "VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT (collection, unique_key) DO NOTHING";
    private static final String HOLDER = "SELECT doc_id FROM unique_keys WHERE collection = ? AND unique_key = ?";
    private static final String RELEASE_ALL = "DELETE FROM unique_keys WHERE collection = ? AND doc_id = ?";

    private UniqueKeys() {
    }

    /**
     * Claims {@code keys} for {@code docId}, which must hold none at this point; returns the first
     * key another document holds, or null. Sorted, so concurrent claims lock keys in one order.
     */
    static String claim(Handle handle, String collection, String docId, Set<String> keys) {
        List<String> sorted = List.copyOf(new TreeSet<>(keys));
        if (sorted.size() == 2) {
            // the common case (name and slug) in one statement; on a conflict, find which key it was
            int inserted = handle.createUpdate(CLAIM_TWO).bind(0, collection).bind(1, sorted.get(0)).bind(2, docId)
                    .bind(3, collection).bind(4, sorted.get(1)).bind(5, docId).execute();
            if (inserted == 2) {
                return null;
            }
            for (String key : sorted) {
                String holder = handle.createQuery(HOLDER).bind(0, collection).bind(1, key).mapTo(String.class)
                        .findOne().orElse(null);
                if (holder != null && !holder.equals(docId)) {
                    return key;
                }
            }
            return sorted.get(0);
        }
        for (String key : sorted) {
            int inserted = handle.createUpdate(CLAIM).bind(0, collection).bind(1, key).bind(2, docId).execute();
            if (inserted == 0) {
                return key;
            }
        }
        return null;
    }

    static void releaseAll(Handle handle, String collection, String docId) {
        handle.createUpdate(RELEASE_ALL).bind(0, collection).bind(1, docId).execute();
    }
}

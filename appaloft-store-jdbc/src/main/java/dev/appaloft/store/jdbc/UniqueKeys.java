package dev.appaloft.store.jdbc;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** The {@code unique_keys} table: which document of a collection holds a key. */
final class UniqueKeys {

    private static final String CLAIM = "INSERT INTO unique_keys (collection, unique_key, doc_id) VALUES (?, ?, ?) "
            + "ON CONFLICT (collection, unique_key) DO NOTHING";
    private static final String RELEASE_ALL = "DELETE FROM unique_keys WHERE collection = ? AND doc_id = ?";

    private UniqueKeys() {
    }

    /**
     * Claims {@code keys} for {@code docId}, which must hold none at this point; returns the first
     * key another document holds, or null. Sorted, so concurrent claims lock keys in one order.
     */
    static String claim(Handle handle, String collection, String docId, Set<String> keys) {
        for (String key : new TreeSet<>(keys)) {
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

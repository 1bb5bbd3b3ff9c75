package dev.appaloft.api.store;

/** A write lost a race or broke a uniqueness rule. The transaction that raised it is rolled back. */
public class StoreConflictException extends RuntimeException {

    public enum Kind {
        /** The document's version was not the expected one, or it does not exist (any more). */
        VERSION,
        /** Another document of the collection holds the unique key. */
        UNIQUE_KEY,
        /** A document with this id exists already. */
        DUPLICATE_ID
    }

    private final Kind kind;
    private final String collection;
    private final String key;

    public StoreConflictException(Kind kind, String collection, String key) {
        super(kind + " conflict in " + collection + " on " + key);
        this.kind = kind;
        this.collection = collection;
        this.key = key;
    }

    public Kind kind() {
        return kind;
    }

    public String collection() {
        return collection;
    }

    /** The document id (VERSION, DUPLICATE_ID) or the unique key (UNIQUE_KEY). */
    public String key() {
        return key;
    }
}

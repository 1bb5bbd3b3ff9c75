package dev.appaloft.api.catalog;

/** The two systems whose operations the catalog holds; each serves its paths under its own prefix. */
public enum Api {
    /** Appaloft operations: spec paths are served under {@code /api}. */
    APPALOFT("/api"),
    /** Alien server operations: spec paths already start with {@code /v1} (or are {@code /health}). */
    ALIEN("");

    private final String pathPrefix;

    Api(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String pathPrefix() {
        return pathPrefix;
    }
}

package dev.appaloft.store.jdbc;

import java.util.Map;

/**
 * Every SQL difference between the backends. The statements themselves are shared: both speak
 * {@code INSERT ... ON CONFLICT ... RETURNING}, row values and {@code LIMIT}; only how the
 * migration spells a code-point collation differs. Connection setup lives in {@link ConnectionPools}.
 */
enum SqlDialect {

    SQLITE("sqlite", "COLLATE BINARY"),
    POSTGRESQL("postgresql", "COLLATE \"C\"");

    private final String kind;
    private final String idCollation;

    SqlDialect(String kind, String idCollation) {
        this.kind = kind;
        this.idCollation = idCollation;
    }

    String kind() {
        return kind;
    }

    /** Values for the {@code ${...}} placeholders of the migration scripts. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("id_collation", idCollation);
    }
}

package dev.appaloft.store.jdbc.migrations;

import dev.appaloft.api.store.IndexField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one table of the legacy shape becomes its declared shape: which legacy columns it keeps,
 * which it renames, and which new fields it gains (filled from a path into the JSON body).
 */
public final class TableReshape {

    static final List<String> LEGACY_COLUMNS = List.of("organization_id", "project_id", "environment_id",
            "resource_id", "server_id", "status");

    final String table;
    final Map<String, String> renames = new LinkedHashMap<>(); // legacy column -> field name
    final List<String> kept = new ArrayList<>();
    final Map<IndexField, String> added = new LinkedHashMap<>(); // field -> dotted body path

    private TableReshape(String table) {
        this.table = table;
    }

    public static TableReshape of(String table) {
        return new TableReshape(table);
    }

    public TableReshape keep(String legacyColumn) {
        kept.add(legacy(legacyColumn));
        return this;
    }

    public TableReshape rename(String legacyColumn, String field) {
        renames.put(legacy(legacyColumn), IndexField.text(field).name());
        return this;
    }

    public TableReshape add(IndexField field, String bodyPath) {
        added.put(field, bodyPath);
        return this;
    }

    /** The legacy columns nothing keeps. */
    List<String> dropped() {
        List<String> dropped = new ArrayList<>(LEGACY_COLUMNS);
        dropped.removeAll(kept);
        dropped.removeAll(renames.keySet());
        return dropped;
    }

    /** Every field of the new shape. */
    List<IndexField> fields() {
        List<IndexField> fields = new ArrayList<>();
        kept.forEach(c -> fields.add(IndexField.text(c)));
        renames.values().forEach(f -> fields.add(IndexField.text(f)));
        fields.addAll(added.keySet());
        return fields;
    }

    private static String legacy(String column) {
        if (!LEGACY_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("not a legacy column: " + column);
        }
        return column;
    }
}

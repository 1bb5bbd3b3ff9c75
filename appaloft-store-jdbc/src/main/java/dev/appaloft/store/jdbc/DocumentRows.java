package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of a collection table (selected as {@link #COLUMNS}) to a {@link Document}. */
final class DocumentRows {

    static final String COLUMNS = "id, version, organization_id, project_id, environment_id, resource_id, "
            + "server_id, status, created_at, updated_at, held_keys, body";

    private DocumentRows() {
    }

    static Document map(ResultSet rs, StatementContext ctx) throws SQLException {
        DocumentIndex index = new DocumentIndex(rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
        return new Document(rs.getString(1), rs.getLong(2), index, HeldKeys.decode(rs.getString(11)),
                rs.getString(12), Instant.ofEpochMilli(rs.getLong(9)), Instant.ofEpochMilli(rs.getLong(10)));
    }
}

package dev.appaloft.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code work_items} rows (selected as {@link #COLUMNS}) to {@link WorkItem}s, and the refs column. */
final class WorkRows {

    static final String COLUMNS = "id, kind, status, payload, idempotency_key, organization_id, refs, attempts, "
            + "max_attempts, next_attempt_at, lease_owner, lease_expires_at, last_error_phase, last_error_code, "
            + "last_error_message, note, retry_of_id, created_at, updated_at, started_at, finished_at";
    static final String PLACEHOLDERS = String.join(", ", java.util.Collections.nCopies(21, "?"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> REFS = new TypeReference<>() {
    };

    private WorkRows() {
    }

    static WorkItem map(ResultSet rs, StatementContext ctx) throws SQLException {
        String phase = rs.getString(13);
        WorkError error = phase == null ? null : new WorkError(phase, rs.getString(14), rs.getString(15));
        return new WorkItem(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6),
                decode(rs.getString(7)), WorkStatus.fromWire(rs.getString(3)), rs.getInt(8), rs.getInt(9),
                instant(rs, 10), rs.getString(11), instant(rs, 12), error, rs.getString(17), rs.getString(16),
                instant(rs, 18), instant(rs, 19), instant(rs, 20), instant(rs, 21));
    }

    /** Sorted keys, so one map always encodes to the same text. */
    static String encode(Map<String, String> references) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(references));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("references cannot be encoded", e);
        }
    }

    static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static Map<String, String> decode(String refs) {
        try {
            return JSON.readValue(refs, REFS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored work references are not a JSON object", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}

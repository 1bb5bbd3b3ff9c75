package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.work.WorkStatus;
import java.util.Collection;
import java.util.Collections;
import org.jdbi.v3.core.statement.SqlStatement;

/** Small pieces of the work queue's SQL: status literals (constants, never input) and bound lists. */
final class WorkSql {

    private WorkSql() {
    }

    static String literal(WorkStatus status) {
        return "'" + status.wire() + "'";
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds {@code values} from position {@code first} on; returns the next free position. */
    static int bindFrom(SqlStatement<?> statement, int first, Collection<?> values) {
        int position = first;
        for (Object value : values) {
            statement.bind(position++, value);
        }
        return position;
    }
}

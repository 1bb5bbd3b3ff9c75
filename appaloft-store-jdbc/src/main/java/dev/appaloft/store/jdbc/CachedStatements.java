package dev.appaloft.store.jdbc;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps SQLite's prepared statements per physical connection, across transactions. SQLite
 * compiles every statement on prepare and its driver caches nothing; our statements are a small
 * fixed set, so compiling each once per connection takes about a tenth off every write.
 * A connection is used by one thread at a time (the pool guarantees it), so its statements are too.
 */
final class CachedStatements implements StatementBuilder {

    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return conn.createStatement();
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        Connection physical = conn.unwrap(org.sqlite.SQLiteConnection.class);
        Map<String, PreparedStatement> cache = BY_CONNECTION.computeIfAbsent(physical, c -> new HashMap<>());
        PreparedStatement statement = cache.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            cache.put(sql, statement);
        }
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return conn.prepareCall(sql);
    }

    @Override
    public void close(Connection conn, String sql, Statement statement) throws SQLException {
        if (statement instanceof PreparedStatement prepared) {
            Map<String, PreparedStatement> cache = BY_CONNECTION.get(conn.unwrap(org.sqlite.SQLiteConnection.class));
            if (cache != null && cache.get(sql) == prepared) {
                prepared.clearParameters();
                return;
            }
        }
        statement.close();
    }
}

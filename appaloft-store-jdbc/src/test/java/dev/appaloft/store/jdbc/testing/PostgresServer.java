package dev.appaloft.store.jdbc.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A real PostgreSQL server for tests, one per JVM. When {@value #URL_ENV} is set (with
 * {@value #USER_ENV} and {@value #PASSWORD_ENV}) that server is used; otherwise a private
 * cluster is started from the installed Debian binaries on a free loopback port and stopped at
 * JVM exit. Tests isolate themselves with a fresh database each:
 *
 * <pre>{@code
 * PostgresServer.Database db = PostgresServer.shared().createDatabase();
 * JdbcStore store = JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), clock);
 * ...
 * store.close();
 * PostgresServer.shared().dropDatabase(db);
 * }</pre>
 */
public final class PostgresServer {

    public static final String URL_ENV = "APPALOFT_TEST_POSTGRES_URL";
    public static final String USER_ENV = "APPALOFT_TEST_POSTGRES_USER";
    public static final String PASSWORD_ENV = "APPALOFT_TEST_POSTGRES_PASSWORD";

    /** An empty database of the server and how to reach it. */
    public record Database(String name, String jdbcUrl, String user, String password) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static PostgresServer shared;

    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The server of this JVM, started (or located) on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = locateOrStart();
        }
        return shared;
    }

    /** A new, empty database with a unique name. */
    public Database createDatabase() {
        String name = "appaloft_test_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        execute("CREATE DATABASE " + name);
        return new Database(name, withDatabase(adminUrl, name), user, password);
    }

    /** Drops {@code database}, closing any connection still open to it. */
    public void dropDatabase(Database database) {
        if (!database.name().matches("appaloft_test_[0-9a-f]+")) {
            throw new IllegalArgumentException("not a test database: " + database.name());
        }
        execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    /** The URL of the server's maintenance database, for tests that need a superuser connection. */
    public String adminJdbcUrl() {
        return adminUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static PostgresServer locateOrStart() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(url, envOr(USER_ENV, "postgres"), envOr(PASSWORD_ENV, ""));
        }
        PrivateCluster cluster = PrivateCluster.start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "appaloft-test-postgres-stop"));
        return new PostgresServer(cluster.jdbcUrl("postgres"), PrivateCluster.SUPERUSER, "");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL refused: " + sql, e);
        }
    }

    /** {@code jdbc:postgresql://host:port/db?params} with its database replaced. */
    static String withDatabase(String url, String database) {
        int authority = url.indexOf("//");
        if (!url.startsWith("jdbc:postgresql:") || authority < 0) {
            throw new IllegalArgumentException(URL_ENV + " must look like jdbc:postgresql://host:port/database");
        }
        int end = authority + 2;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        int query = url.indexOf('?', end);
        return url.substring(0, end) + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

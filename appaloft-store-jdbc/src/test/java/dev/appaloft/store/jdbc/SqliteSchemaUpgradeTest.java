package dev.appaloft.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaUpgradeTest extends SchemaUpgradeContract {

    @TempDir
    Path dir;

    private Path file;

    @Override
    DataSource freshDatabase() {
        file = dir.resolve("store-" + System.nanoTime() + ".db");
        return ConnectionPools.sqliteDirect(file);
    }

    @Override
    SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    JdbcStore openStore() {
        return JdbcStore.sqlite(file, CLOCK);
    }

    @Test
    void anSqliteFileIsCopiedToBackupsBeforeItsSchemaIsMigratedAndOnlyThen() throws Exception {
        DataSource db = freshDatabase();
        Flyway.configure(Migrations.class.getClassLoader())
                .configuration(Migrations.flyway(db, dialect()).getConfiguration()).target("37").load().migrate();
        try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO unique_keys VALUES ('projects', 'slugA', 'prj_1')");
        }
        openStore().close();
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).startsWith(file.getFileName() + ".v37.").endsWith(".db");
        try (Connection c = ConnectionPools.sqliteDirect(backups.get(0)).getConnection();
             Statement sql = c.createStatement()) {
            assertThat(one(sql, "SELECT max(CAST(version AS INTEGER)) FROM " + Migrations.HISTORY_TABLE))
                    .as("the copy holds the schema before the upgrade").isEqualTo("37");
            assertThat(one(sql, "SELECT doc_id FROM unique_keys WHERE unique_key = 'slugA'")).isEqualTo("prj_1");
        }
        openStore().close();
        assertThat(backups()).as("a restart with nothing to migrate copies nothing").hasSize(1);

        file = dir.resolve("new-" + System.nanoTime() + ".db");
        openStore().close();
        assertThat(backups()).as("a new file has nothing to lose").hasSize(1);
    }

    private List<Path> backups() throws Exception {
        Path backups = dir.resolve(SchemaUpgrades.BACKUP_DIRECTORY);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.toList();
        }
    }

    private static String one(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens before the store's migrations run on a database that already has a schema: a
 * database a newer release migrated is refused (an older release would misread its rows: upgrades
 * only go forward), and an SQLite file about to be migrated is first copied, consistent and
 * compacted ({@code VACUUM INTO}), to {@code backups/} beside it, so an upgrade that goes wrong is
 * undone by putting the copy back. The newest {@link #KEPT_BACKUPS} copies are kept.
 */
final class SchemaUpgrades {

    static final int KEPT_BACKUPS = 5;
    static final String BACKUP_DIRECTORY = "backups";
    private static final Logger log = LoggerFactory.getLogger(SchemaUpgrades.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SchemaUpgrades() {
    }

    /** Refuses a database with migrations this release does not know; the number of pending ones otherwise. */
    static int checkForward(Flyway flyway, SqlDialect dialect) {
        MigrationInfoService info = flyway.info();
        List<String> future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> "V" + m.getVersion()).toList();
        if (!future.isEmpty()) {
            MigrationInfo[] known = info.all();
            String newest = Arrays.stream(known).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .map(m -> "V" + m.getVersion()).reduce((a, b) -> b).orElse("none");
            throw new StoreUnavailableException("the " + dialect.kind() + " store was migrated by a newer release ("
                    + String.join(", ", future) + "; this release knows up to " + newest
                    + "): run that release or a newer one; downgrades are refused", null);
        }
        return info.pending().length;
    }

    /**
     * A consistent copy of {@code file} in {@code backups/} before {@code pending} migrations run on
     * it; nothing for a new file (no schema yet: nothing to lose). The copy's name says the schema
     * version it holds.
     */
    static Path backupSqlite(DataSource db, Path file, Flyway flyway, Clock clock) {
        MigrationInfo current = flyway.info().current();
        if (current == null) {
            return null;
        }
        Path dir = file.toAbsolutePath().getParent().resolve(BACKUP_DIRECTORY);
        String prefix = file.getFileName() + ".v" + current.getVersion() + ".";
        Path backup = dir.resolve(prefix + STAMP.format(clock.instant()) + ".db");
        try {
            Files.createDirectories(dir);
            try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
                sql.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
            }
            prune(dir, file.getFileName() + ".v");
        } catch (IOException | SQLException e) {
            throw new StoreUnavailableException("cannot back up " + file + " before migrating it (to " + backup
                    + "): nothing was migrated", e);
        }
        log.info("backed up the SQLite store (schema V{}) to {} before migrating it", current.getVersion(), backup);
        return backup;
    }

    /** Keeps the newest {@link #KEPT_BACKUPS} backups of one store file. */
    private static void prune(Path dir, String prefix) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing(SchemaUpgrades::modified).reversed()).toList();
        }
        for (Path old : backups.subList(Math.min(KEPT_BACKUPS, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}

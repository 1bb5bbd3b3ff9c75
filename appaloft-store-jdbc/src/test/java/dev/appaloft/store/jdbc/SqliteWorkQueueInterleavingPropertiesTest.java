package dev.appaloft.store.jdbc;

import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.WorkQueueInterleavings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterContainer;

/** The interleaving properties on one SQLite file for all tries (a kind per try keeps them apart). */
class SqliteWorkQueueInterleavingPropertiesTest extends WorkQueueInterleavings {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private static final Path DIR = tempDir();
    private static final JdbcStore STORE = JdbcStore.sqlite(DIR.resolve("store.db"), CLOCK);

    @Override
    protected Store store() {
        return STORE;
    }

    @Override
    protected MutableClock clock() {
        return CLOCK;
    }

    @AfterContainer
    static void closeStore() throws IOException {
        STORE.close();
        try (Stream<Path> files = Files.walk(DIR)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("appaloft-work-props-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

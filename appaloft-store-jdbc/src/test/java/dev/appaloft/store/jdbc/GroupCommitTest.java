package dev.appaloft.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** Writes that share a commit keep each other's effects apart: one that throws leaves nothing behind. */
class GroupCommitTest {

    private Path dir;
    private Jdbi jdbi;
    private GroupCommit group;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("group-commit");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        jdbi = Jdbi.create(source);
        jdbi.useHandle(h -> h.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)"));
        group = new GroupCommit(jdbi);
    }

    @AfterEach
    void close() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void concurrentWritesAllLandAndAFailingOneIsRolledBackAlone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                go.await();
                return group.run(h -> {
                    h.execute("INSERT INTO t (n) VALUES (?)", n);
                    if (n % 10 == 7) {
                        throw new IllegalStateException("refused " + n);
                    }
                    return n;
                });
            }));
        }
        go.countDown();
        int refused = 0;
        for (int i = 0; i < results.size(); i++) {
            try {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("refused " + i);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(refused).isEqualTo(40);
        List<Integer> stored = jdbi.withHandle(h -> h.createQuery("SELECT n FROM t ORDER BY n").mapTo(Integer.class).list());
        assertThat(stored).hasSize(360).noneMatch(n -> n % 10 == 7);
    }

    @Test
    void aWriteWhoseStatementFailsFailsItsCallerAlone() {
        assertThatThrownBy(() -> group.run(h -> h.execute("INSERT INTO missing (n) VALUES (1)")))
                .isInstanceOf(RuntimeException.class);
        int inserted = group.run(h -> h.execute("INSERT INTO t (n) VALUES (1)"));
        int count = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one());
        assertThat(inserted).isEqualTo(1);
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aNestedJdbiTransactionJoinsTheSharedOne() {
        int inserted = group.run(h -> h.inTransaction(inner -> inner.execute("INSERT INTO t (n) VALUES (5)")));
        assertThat(inserted).isEqualTo(1);
        int stored = jdbi.withHandle(h -> h.createQuery("SELECT n FROM t").mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(5);
    }
}

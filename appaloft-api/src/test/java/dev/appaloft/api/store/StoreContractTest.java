package dev.appaloft.api.store;

import static dev.appaloft.api.store.ConcurrentRuns.await;
import static dev.appaloft.api.store.ConcurrentRuns.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.store.StoreConflictException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link Store} must show. A backend's test extends this class and opens a
 * fresh, empty store per test; the suite owns the clock so lease expiry is deterministic.
 */
public abstract class StoreContractTest implements StoreQueryContract, StoreLeaseContract,
        StoreStreamRetentionContract, StoreStreamQueryContract {

    protected static final String P = StoreCollections.PROJECTS;
    protected static final String E = StoreCollections.ENVIRONMENTS;
    protected static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Pattern COUNTER = Pattern.compile("\\{\"n\":(\\d+)}");

    protected MutableClock clock;
    protected Store store;

    /** A new, empty store whose leases judge expiry with {@code clock}. */
    protected abstract Store openStore(Clock clock);

    /** Runs after the store is closed: drop a database, delete files. */
    protected void cleanup() throws Exception {
    }

    @BeforeEach
    void openFreshStore() {
        clock = new MutableClock(T0);
        store = openStore(clock);
    }

    @AfterEach
    void closeStore() throws Exception {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            cleanup();
        }
    }

    // ---- documents -------------------------------------------------------------------------

    @Test
    void insertStartsAtVersionOneAndFindReturnsWhatWasWritten() {
        DocumentIndex index = DocumentIndex.ofOrganization("org").with(IndexFields.STATUS, "active");
        Document inserted = insert(P, draft("p1", index, Set.of("slug:a"), "{\"n\":1}", T0));

        assertThat(inserted.version()).isEqualTo(1);
        assertThat(inserted.index()).isEqualTo(index);
        assertThat(inserted.uniqueKeys()).containsExactly("slug:a");
        assertThat(inserted.body()).isEqualTo("{\"n\":1}");
        assertThat(inserted.createdAt()).isEqualTo(T0);
        assertThat(find(P, "p1")).contains(inserted);
        assertThat(find(P, "missing")).isEmpty();
    }

    @Test
    void timestampsAreKeptToTheMillisecond() {
        Instant precise = T0.plusNanos(123_456_789);
        Document inserted = insert(P, new DocumentDraft("p1", DocumentIndex.NONE, Set.of(), "{}", precise, precise));

        Instant millis = precise.truncatedTo(ChronoUnit.MILLIS);
        assertThat(inserted.createdAt()).isEqualTo(millis);
        assertThat(inserted.updatedAt()).isEqualTo(millis);
        assertThat(find(P, "p1")).contains(inserted);
    }

    @Test
    void updateReplacesBodyIndexAndKeysAndIncrementsVersion() {
        Document v1 = insert(P, draft("p1", DocumentIndex.ofOrganization("org"), Set.of("k1"), "{\"n\":1}", T0));
        DocumentIndex newIndex = DocumentIndex.ofOrganization("org").with(IndexFields.STATUS, "archived");
        Instant later = T0.plusSeconds(5);

        Document v2 = store.transaction(tx -> tx.update(P, v1.toDraft(newIndex, Set.of("k2"), "{\"n\":2}", later), 1));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.body()).isEqualTo("{\"n\":2}");
        assertThat(v2.index()).isEqualTo(newIndex);
        assertThat(v2.uniqueKeys()).containsExactly("k2");
        assertThat(v2.createdAt()).isEqualTo(T0);
        assertThat(v2.updatedAt()).isEqualTo(later);
        assertThat(find(P, "p1")).contains(v2);
    }

    @Test
    void updateWithStaleVersionIsAVersionConflictAndChangesNothing() {
        Document v1 = insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{\"n\":1}", T0));
        store.transaction(tx -> tx.update(P, v1.toDraft(v1.index(), Set.of(), "{\"n\":2}", T0), 1));

        assertConflict(Kind.VERSION, P, "p1",
                () -> store.transaction(tx -> tx.update(P, v1.toDraft(v1.index(), Set.of(), "{\"n\":3}", T0), 1)));
        assertThat(find(P, "p1")).map(Document::body).contains("{\"n\":2}");
        assertThat(find(P, "p1")).map(Document::version).contains(2L);
    }

    @Test
    void updateOfAMissingDocumentIsAVersionConflict() {
        assertConflict(Kind.VERSION, P, "ghost",
                () -> store.transaction(tx -> tx.update(P, draft("ghost", DocumentIndex.NONE, Set.of(), "{}", T0), 1)));
        assertThat(find(P, "ghost")).isEmpty();
    }

    @Test
    void deleteRemovesTheDocumentOnlyAtTheExpectedVersion() {
        insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{}", T0));

        assertConflict(Kind.VERSION, P, "p1", () -> store.transaction(tx -> {
            tx.delete(P, "p1", 7);
            return null;
        }));
        assertThat(find(P, "p1")).isPresent();

        store.transaction(tx -> {
            tx.delete(P, "p1", 1);
            return null;
        });
        assertThat(find(P, "p1")).isEmpty();
        assertConflict(Kind.VERSION, P, "p1", () -> store.transaction(tx -> {
            tx.delete(P, "p1", 1);
            return null;
        }));
    }

    @Test
    void insertingAnExistingIdIsADuplicateIdConflict() {
        insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{\"n\":1}", T0));

        assertConflict(Kind.DUPLICATE_ID, P, "p1",
                () -> insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{\"n\":2}", T0)));
        assertThat(find(P, "p1")).map(Document::body).contains("{\"n\":1}");
    }

    @Test
    void everyKnownCollectionCanBeWrittenAndQueried() {
        for (CollectionSpec spec : StoreCollections.specs()) {
            String collection = spec.name();
            // every declared field gets a value of its type, so each column is written and read back
            DocumentIndex index = DocumentIndex.NONE;
            DocumentIndex filter = DocumentIndex.NONE;
            for (IndexField field : spec.indexes()) {
                Object value = switch (field.type()) {
                    case TEXT -> "v-" + field.name();
                    case NUMBER -> 42L;
                    case TEXT_SET -> Set.of("a-" + field.name(), "b");
                };
                index = index.with(field.name(), value);
                filter = filter.with(field.name(), value instanceof Set<?> ? "a-" + field.name() : value);
            }
            Document doc = insert(collection, draft("id-" + collection, index, Set.of("key-" + collection), "{}", T0));
            assertThat(find(collection, doc.id())).as(collection).contains(doc);
            assertThat(ids(collection, DocumentQuery.where(filter))).as(collection).containsExactly(doc.id());
        }
    }

    @Test
    void collectionsAreSeparate() {
        insert(P, draft("same", DocumentIndex.NONE, Set.of("key"), "{\"c\":\"p\"}", T0));
        insert(E, draft("same", DocumentIndex.NONE, Set.of("key"), "{\"c\":\"e\"}", T0));

        assertThat(find(P, "same")).map(Document::body).contains("{\"c\":\"p\"}");
        assertThat(find(E, "same")).map(Document::body).contains("{\"c\":\"e\"}");
        assertThat(byKey(E, "key")).map(Document::body).contains("{\"c\":\"e\"}");
    }

    @Test
    void aTakenUniqueKeyIsRefusedAndFindByUniqueKeyReturnsItsHolder() {
        Document holder = insert(P, draft("p1", DocumentIndex.NONE, Set.of("slug:a", "slug:b"), "{}", T0));

        assertConflict(Kind.UNIQUE_KEY, P, "slug:b",
                () -> insert(P, draft("p2", DocumentIndex.NONE, Set.of("slug:b", "slug:c"), "{}", T0)));
        assertThat(find(P, "p2")).isEmpty();
        assertThat(byKey(P, "slug:a")).contains(holder);
        assertThat(byKey(P, "slug:c")).isEmpty();
        // the failed insert left no key behind
        insert(P, draft("p3", DocumentIndex.NONE, Set.of("slug:c"), "{}", T0));
    }

    @Test
    void updateReleasesDroppedKeysKeepsRetainedOnesAndRefusesTakenOnes() {
        Document a = insert(P, draft("a", DocumentIndex.NONE, Set.of("k1", "k2"), "{}", T0));
        insert(P, draft("b", DocumentIndex.NONE, Set.of("k9"), "{}", T0));

        Document a2 = store.transaction(tx -> tx.update(P, a.toDraft(a.index(), Set.of("k2", "k3"), "{}", T0), 1));
        insert(P, draft("c", DocumentIndex.NONE, Set.of("k1"), "{}", T0));
        assertThat(byKey(P, "k1")).map(Document::id).contains("c");
        assertThat(byKey(P, "k2")).map(Document::id).contains("a");
        assertConflict(Kind.UNIQUE_KEY, P, "k3", () -> insert(P, draft("d", DocumentIndex.NONE, Set.of("k3"), "{}", T0)));

        assertConflict(Kind.UNIQUE_KEY, P, "k9",
                () -> store.transaction(tx -> tx.update(P, a2.toDraft(a2.index(), Set.of("k9"), "{}", T0), 2)));
        assertThat(find(P, "a")).contains(a2);
        assertThat(byKey(P, "k3")).map(Document::id).contains("a");
    }

    @Test
    void deleteReleasesUniqueKeys() {
        insert(P, draft("a", DocumentIndex.NONE, Set.of("k1"), "{}", T0));
        store.transaction(tx -> {
            tx.delete(P, "a", 1);
            return null;
        });

        assertThat(byKey(P, "k1")).isEmpty();
        assertThat(insert(P, draft("b", DocumentIndex.NONE, Set.of("k1"), "{}", T0)).id()).isEqualTo("b");
    }

    @Test
    void aConflictCaughtInsideTheWorkStillRollsTheTransactionBack() {
        insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{}", T0));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.insert(P, draft("p2", DocumentIndex.NONE, Set.of(), "{}", T0));
            try {
                tx.insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{}", T0));
            } catch (StoreConflictException expected) {
                // swallowed on purpose: the store must still refuse to commit
            }
            return "done";
        })).isInstanceOf(StoreConflictException.class);
        assertThat(find(P, "p2")).isEmpty();
    }

    // ---- queries: StoreQueryContract ------------------------------------------------------

    @Test
    void unknownCollectionsAreRefused() {
        DocumentDraft draft = draft("x", DocumentIndex.NONE, Set.of(), "{}", T0);
        List<Function<StoreTransaction, ?>> calls = List.of(
                tx -> tx.find("nope", "x"), tx -> tx.findByUniqueKey("nope", "k"),
                tx -> tx.query("nope", DocumentQuery.all()), tx -> tx.count("nope", DocumentQuery.all()),
                tx -> tx.insert("nope", draft), tx -> tx.update("nope", draft, 1), tx -> {
                    tx.delete("nope", "x", 1);
                    return null;
                });
        for (Function<StoreTransaction, ?> call : calls) {
            assertThatThrownBy(() -> store.transaction(call)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.read(r -> r.find("nope", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read(r -> r.query("nope", DocumentQuery.all())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- transactions ----------------------------------------------------------------------

    @Test
    void aTransactionSeesItsOwnWrites() {
        insert(P, draft("old", DocumentIndex.ofOrganization("o"), Set.of(), "{}", T0));

        String result = store.transaction(tx -> {
            tx.insert(P, draft("new", DocumentIndex.ofOrganization("o"), Set.of("k"), "{\"n\":1}", T0.plusSeconds(1)));
            tx.delete(P, "old", 1);
            tx.append("events", new StreamEntry("t", "{}", T0));
            assertThat(tx.find(P, "new")).map(Document::body).contains("{\"n\":1}");
            assertThat(tx.find(P, "old")).isEmpty();
            assertThat(tx.findByUniqueKey(P, "k")).map(Document::id).contains("new");
            assertThat(tx.query(P, DocumentQuery.where(DocumentIndex.ofOrganization("o")))).extracting(Document::id)
                    .containsExactly("new");
            assertThat(tx.count(P, DocumentQuery.all())).isEqualTo(1);
            assertThat(tx.streamHead("events")).isEqualTo(1);
            assertThat(tx.readStream("events", 0, 10)).hasSize(1);
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
    }

    @Test
    void whenTheWorkThrowsNothingBecomesVisible() {
        Document kept = insert(P, draft("kept", DocumentIndex.NONE, Set.of("kept-key"), "{\"n\":1}", T0));

        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.insert(P, draft("gone", DocumentIndex.NONE, Set.of("gone-key"), "{}", T0));
            tx.update(P, kept.toDraft(kept.index(), Set.of("other-key"), "{\"n\":2}", T0), 1);
            tx.append("events", new StreamEntry("t", "{}", T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(find(P, "gone")).isEmpty();
        assertThat(find(P, "kept")).contains(kept);
        assertThat(byKey(P, "gone-key")).isEmpty();
        assertThat(byKey(P, "other-key")).isEmpty();
        assertThat(byKey(P, "kept-key")).contains(kept);
        assertThat(head("events")).isZero();
        // sequence numbers of a rolled-back append are not burnt
        assertThat(append("events", "t").seq()).isEqualTo(1);
        insert(P, draft("gone", DocumentIndex.NONE, Set.of("gone-key"), "{}", T0));
    }

    @Test
    @Timeout(30)
    void readSeesOnlyCommittedData() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> tx = writer.submit(() -> store.transaction(t -> {
                t.insert(P, draft("p1", DocumentIndex.NONE, Set.of("k"), "{}", T0));
                t.append("events", new StreamEntry("t", "{}", T0));
                written.countDown();
                await(checked);
                return null;
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(find(P, "p1")).isEmpty();
            assertThat(byKey(P, "k")).isEmpty();
            assertThat(count(P, DocumentQuery.all())).isZero();
            assertThat(head("events")).isZero();
            checked.countDown();
            tx.get(10, TimeUnit.SECONDS);
            assertThat(find(P, "p1")).isPresent();
            assertThat(head("events")).isEqualTo(1);
        } finally {
            checked.countDown();
            writer.shutdownNow();
        }
    }

    /**
     * A commit that lands while a read runs stays unseen by the rest of that read, so a page and
     * its count agree. (A store may also make the commit wait for the read: both are snapshots.)
     */
    @Test
    @Timeout(30)
    void aReadIsOneSnapshot() throws Exception {
        insert(P, draft("p0", DocumentIndex.NONE, Set.of(), "{}", T0));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?>[] commit = new Future<?>[1];
            long[] seen = store.read(r -> {
                long before = r.count(P, DocumentQuery.all());
                commit[0] = writer.submit(() -> insert(P, draft("p1", DocumentIndex.NONE, Set.of(), "{}", T0)));
                try {
                    commit[0].get(2, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException waitingForTheRead) {
                    // this store serializes commits after reads: still a snapshot
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return new long[] {before, r.count(P, DocumentQuery.all()), r.query(P, DocumentQuery.all()).size(),
                        r.find(P, "p1").isPresent() ? 1 : 0};
            });
            commit[0].get(10, TimeUnit.SECONDS);
            assertThat(seen).containsExactly(1, 1, 1, 0);
            assertThat(count(P, DocumentQuery.all())).isEqualTo(2);
        } finally {
            writer.shutdownNow();
        }
    }

    // ---- streams ---------------------------------------------------------------------------

    @Test
    void sequencesStartAtOnePerStreamAndIncrement() {
        assertThat(head("a")).isZero();
        assertThat(records("a", 0, 10)).isEmpty();

        List<StreamRecord> batch = store.transaction(tx -> List.of(
                tx.append("a", new StreamEntry("x.one", "{\"i\":1}", T0)),
                tx.append("a", new StreamEntry("x.two", "{\"i\":2}", T0.plusMillis(1))),
                tx.append("b", new StreamEntry("y", "{}", T0))));
        assertThat(batch).extracting(StreamRecord::seq).containsExactly(1L, 2L, 1L);
        assertThat(append("a", "x.three").seq()).isEqualTo(3);

        assertThat(head("a")).isEqualTo(3);
        assertThat(head("b")).isEqualTo(1);
        assertThat(records("a", 0, 10).get(1))
                .isEqualTo(new StreamRecord("a", 2, "x.two", "{\"i\":2}", T0.plusMillis(1)));
    }

    @Test
    void readStreamResumesAfterACursorUpToALimit() {
        for (int i = 1; i <= 10; i++) {
            append("logs", "line" + i);
        }
        append("other", "noise");

        assertThat(records("logs", 0, 3)).extracting(StreamRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(records("logs", 3, 3)).extracting(StreamRecord::type)
                .containsExactly("line4", "line5", "line6");
        assertThat(records("logs", 8, 100)).extracting(StreamRecord::seq).containsExactly(9L, 10L);
        assertThat(records("logs", 10, 100)).isEmpty();
        assertThat(records("logs", 0, 0)).isEmpty();
        assertThat(records("logs", 0, 100)).allMatch(rec -> rec.stream().equals("logs"));
    }

    // ---- streams: truncation ------------------------------------------------------------

    @Test
    void aTruncatedStreamKeepsItsNumberingAndLeavesOthersAlone() {
        for (int i = 1; i <= 3; i++) {
            append("logs", "line" + i);
        }
        append("other", "kept");

        assertThat(store.<Long>transaction(tx -> tx.truncateStream("logs"))).isEqualTo(3L);

        assertThat(records("logs", 0, 10)).isEmpty();
        assertThat(head("logs")).isEqualTo(3);
        assertThat(append("logs", "line4").seq()).isEqualTo(4);
        assertThat(records("logs", 0, 10)).extracting(StreamRecord::type).containsExactly("line4");
        assertThat(records("other", 0, 10)).extracting(StreamRecord::type).containsExactly("kept");
        assertThat(store.<Long>transaction(tx -> tx.truncateStream("never-written"))).isZero();
    }

    @Test
    void aTruncationRolledBackWithItsTransactionRemovesNothing() {
        append("logs", "line1");
        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.truncateStream("logs");
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(records("logs", 0, 10)).extracting(StreamRecord::type).containsExactly("line1");
    }

    // ---- health ----------------------------------------------------------------------------

    @Test
    void aFreshStoreIsHealthyAndNamesItsKind() {
        assertThat(store.health().ready()).isTrue();
        assertThat(store.kind()).isIn("memory", "sqlite", "postgresql");
    }

    // ---- concurrency -----------------------------------------------------------------------

    @Test
    @Timeout(120)
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        insert(P, draft("counter", DocumentIndex.NONE, Set.of(), "{\"n\":0}", T0));
        AtomicInteger conflicts = new AtomicInteger();
        ConcurrentRuns.run(8, () -> {
            for (int i = 0; i < 50; i++) {
                incrementWithRetry(conflicts);
            }
        });

        Document counter = find(P, "counter").orElseThrow();
        assertThat(counter.body()).isEqualTo("{\"n\":400}");
        assertThat(counter.version()).isEqualTo(401);
    }

    private void incrementWithRetry(AtomicInteger conflicts) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            try {
                store.transaction(tx -> {
                    Document current = tx.find(P, "counter").orElseThrow();
                    Matcher m = COUNTER.matcher(current.body());
                    assertThat(m.matches()).isTrue();
                    String next = "{\"n\":" + (Integer.parseInt(m.group(1)) + 1) + "}";
                    return tx.update(P, current.toDraft(current.index(), Set.of(), next, T0), current.version());
                });
                return;
            } catch (StoreConflictException e) {
                assertThat(e.kind()).isEqualTo(Kind.VERSION);
                conflicts.incrementAndGet();
            }
        }
        throw new AssertionError("no progress after 10000 attempts");
    }

    @Test
    @Timeout(120)
    void concurrentAppendsGetGapFreeSequences() throws Exception {
        ConcurrentRuns.run(4, () -> {
            for (int i = 0; i < 25; i++) {
                append("shared", "e");
            }
        });

        List<StreamRecord> records = records("shared", 0, 1000);
        assertThat(records).extracting(StreamRecord::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
    }

    // ---- helpers ---------------------------------------------------------------------------

    @Override
    public Store store() {
        return store;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    protected StreamRecord append(String stream, String type) {
        return store.transaction(tx -> tx.append(stream, new StreamEntry(type, "{}", clock.instant())));
    }

    protected long head(String stream) {
        return store.read(r -> r.streamHead(stream));
    }

    protected List<StreamRecord> records(String stream, long afterSeq, int limit) {
        return store.read(r -> r.readStream(stream, afterSeq, limit));
    }

    protected Optional<Document> byKey(String collection, String key) {
        return store.read(r -> r.findByUniqueKey(collection, key));
    }


    private static void assertConflict(Kind kind, String collection, String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreConflictException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.collection()).isEqualTo(collection);
            assertThat(e.key()).isEqualTo(key);
        });
    }
}

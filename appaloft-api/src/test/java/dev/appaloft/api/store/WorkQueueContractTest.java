package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.store.work.PruneResult;
import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStateException;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link WorkQueue} must show. A backend's test extends this class and opens a
 * store whose queue is empty; the suite owns the clock, so leases expire when a test says so.
 */
public abstract class WorkQueueContractTest implements WorkQueueListingContract {

    protected static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    protected static final Duration LEASE = Duration.ofSeconds(30);
    private static final WorkError BOOM = new WorkError("build", "build_failed", "exit code 2");

    protected MutableClock clock;
    protected Store store;
    protected WorkQueue queue;

    /** A store on {@code clock} whose work queue is empty. */
    protected abstract Store openStore(Clock clock);

    protected void cleanup() throws Exception {
    }

    @BeforeEach
    void openQueue() {
        clock = new MutableClock(T0);
        store = openStore(clock);
        queue = store.work();
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

    // ---- enqueue ---------------------------------------------------------------------------

    @Test
    void enqueueStoresAPendingItemDueNow() {
        WorkItem item = queue.enqueue(WorkRequest.of("deploy", "{\"deploymentId\":\"dep_1\"}")
                .withOrganizationId("org_1").withReference("resourceId", "res_1").withReference("projectId", "prj_1")
                .withMaxAttempts(4));

        assertThat(item.id()).startsWith("wrk_");
        assertThat(item.status()).isEqualTo(WorkStatus.PENDING);
        assertThat(item.attempts()).isZero();
        assertThat(item.maxAttempts()).isEqualTo(4);
        assertThat(item.nextAttemptAt()).isEqualTo(T0);
        assertThat(item.createdAt()).isEqualTo(T0);
        assertThat(item.updatedAt()).isEqualTo(T0);
        assertThat(item.references()).isEqualTo(Map.of("resourceId", "res_1", "projectId", "prj_1"));
        assertThat(item.leaseOwner()).isNull();
        assertThat(item.startedAt()).isNull();
        assertThat(item.finishedAt()).isNull();
        assertThat(queue.find(item.id())).contains(item);
        assertThat(queue.find("wrk_missing")).isEmpty();
    }

    @Test
    void notBeforeDelaysTheFirstAttempt() {
        WorkItem later = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(60).plusNanos(5)));

        assertThat(later.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(claim("w1", 10)).isEmpty();
        clock.advance(Duration.ofSeconds(60));
        assertThat(claim("w1", 10)).extracting(WorkItem::id).containsExactly(later.id());
    }

    @Test
    void anIdempotencyKeyReturnsTheExistingItemUnchangedWhateverItsStatus() {
        WorkItem first = queue.enqueue(WorkRequest.of("deploy", "{\"n\":1}").withIdempotencyKey("deploy:dep_1"));
        WorkItem again = queue.enqueue(WorkRequest.of("deploy", "{\"n\":2}").withIdempotencyKey("deploy:dep_1"));
        assertThat(again).isEqualTo(first);

        claimOne("w1");
        assertThat(queue.complete(first.id(), "w1")).isTrue();
        clock.advance(Duration.ofSeconds(5));
        WorkItem afterSuccess = queue.enqueue(WorkRequest.of("other", "{}").withIdempotencyKey("deploy:dep_1"));
        assertThat(afterSuccess.id()).isEqualTo(first.id());
        assertThat(afterSuccess.status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(afterSuccess.payload()).isEqualTo("{\"n\":1}");
        assertThat(queue.count(WorkFilter.all())).isEqualTo(1);
        assertThat(queue.enqueue(request("deploy").withIdempotencyKey("deploy:dep_2")).id()).isNotEqualTo(first.id());
    }

    @Test
    @Timeout(120)
    void concurrentEnqueuesWithOneKeyCreateOneItem() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "race-" + round;
            Set<String> ids = ConcurrentHashMap.newKeySet();
            ConcurrentRuns.run(8, () -> ids.add(queue.enqueue(request("deploy").withIdempotencyKey(key)).id()));
            assertThat(ids).as("round %s", round).hasSize(1);
        }
        assertThat(queue.count(WorkFilter.all())).isEqualTo(5);
    }

    @Test
    void badRequestsAndArgumentsAreRefused() {
        assertThatThrownBy(() -> WorkRequest.of("Deploy", "{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> WorkRequest.of("deploy", "{\"secret\":")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> WorkRequest.of("deploy", "{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request("deploy").withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request("deploy").withReference("resourceId", "has space"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.claim("w1", Set.of(), 0, LEASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.claim("", Set.of(), 1, LEASE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.claim("w1", Set.of(), 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        WorkItem item = queue.enqueue(request("deploy"));
        claimOne("w1");
        assertThatThrownBy(() -> queue.fail(item.id(), "w1", BOOM, Duration.ofSeconds(-1), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queue.cancel(item.id(), "x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        assertThat(queue.find(item.id()).orElseThrow().status()).isEqualTo(WorkStatus.RUNNING);
    }

    // ---- claim, renew, complete, fail ------------------------------------------------------

    @Test
    void claimTakesDueItemsOldestFirstUpToMaxAndSetsTheLease() {
        WorkItem late = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(10)));
        WorkItem now = queue.enqueue(request("deploy"));
        WorkItem early = queue.enqueue(request("deploy").withNotBefore(T0.minusSeconds(5)));
        WorkItem earlier = queue.enqueue(request("deploy").withNotBefore(T0.minusSeconds(9)));

        List<WorkItem> first = queue.claim("w1", Set.of(), 2, LEASE);
        assertThat(first).extracting(WorkItem::id).containsExactly(earlier.id(), early.id());
        WorkItem claimed = first.get(0);
        assertThat(claimed.status()).isEqualTo(WorkStatus.RUNNING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.leaseOwner()).isEqualTo("w1");
        assertThat(claimed.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
        assertThat(claimed.startedAt()).isEqualTo(T0);
        assertThat(queue.find(claimed.id())).contains(claimed);

        assertThat(claim("w2", 10)).extracting(WorkItem::id).containsExactly(now.id());
        clock.advance(Duration.ofSeconds(10));
        assertThat(claim("w2", 10)).extracting(WorkItem::id).containsExactly(late.id());
    }

    @Test
    void claimTakesOnlyTheAskedKindsAndAnEmptySetMeansAny() {
        WorkItem build = queue.enqueue(request("build"));
        WorkItem deploy = queue.enqueue(request("deploy"));
        WorkItem prune = queue.enqueue(request("prune-logs"));

        assertThat(queue.claim("w1", Set.of("deploy", "other"), 10, LEASE)).extracting(WorkItem::id)
                .containsExactly(deploy.id());
        assertThat(queue.claim("w1", Set.of("deploy"), 10, LEASE)).isEmpty();
        assertThat(queue.claim("w1", Set.of(), 10, LEASE)).extracting(WorkItem::id)
                .containsExactlyInAnyOrder(build.id(), prune.id());
    }

    @Test
    void aLiveLeaseIsExclusive() {
        WorkItem item = queue.enqueue(request("deploy"));
        claimOne("w1");

        assertThat(claim("w2", 10)).isEmpty();
        assertThat(queue.complete(item.id(), "w2")).isFalse();
        assertThat(queue.fail(item.id(), "w2", BOOM, Duration.ZERO, true)).isFalse();
        assertThat(queue.renew(item.id(), "w2", LEASE)).isFalse();
        assertThat(queue.find(item.id()).orElseThrow().leaseOwner()).isEqualTo("w1");
    }

    @Test
    void renewExtendsOnlyTheHoldersLiveLease() {
        WorkItem item = queue.enqueue(request("deploy"));
        claimOne("w1");
        clock.advance(Duration.ofSeconds(20));

        assertThat(queue.renew(item.id(), "w1", LEASE)).isTrue();
        assertThat(queue.find(item.id()).orElseThrow().leaseExpiresAt()).isEqualTo(T0.plusSeconds(50));
        clock.advance(Duration.ofSeconds(29));
        assertThat(claim("w2", 10)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(queue.renew(item.id(), "w1", LEASE)).isFalse();
        assertThat(queue.renew("wrk_missing", "w1", LEASE)).isFalse();
    }

    @Test
    void anExpiredLeaseIsReclaimedByAnotherOwnerAndTheStaleHolderCannotFinish() {
        WorkItem item = queue.enqueue(request("deploy"));
        claimOne("w1");
        clock.advance(LEASE);

        WorkItem reclaimed = claimOne("w2");
        assertThat(reclaimed.id()).isEqualTo(item.id());
        assertThat(reclaimed.attempts()).isEqualTo(2);
        assertThat(reclaimed.startedAt()).isEqualTo(T0);
        assertThat(reclaimed.leaseExpiresAt()).isEqualTo(T0.plus(LEASE).plus(LEASE));
        assertThat(queue.complete(item.id(), "w1")).isFalse();
        assertThat(queue.fail(item.id(), "w1", BOOM, Duration.ZERO, false)).isFalse();
        assertThat(queue.renew(item.id(), "w1", LEASE)).isFalse();

        assertThat(queue.complete(item.id(), "w2")).isTrue();
        WorkItem done = queue.find(item.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(done.finishedAt()).isEqualTo(clock.instant());
        assertThat(done.leaseOwner()).isNull();
        assertThat(done.leaseExpiresAt()).isNull();
        assertThat(queue.complete(item.id(), "w2")).isFalse();
    }

    @Test
    void anExpiredLeaseNobodyTookCanStillBeCompleted() {
        WorkItem item = queue.enqueue(request("deploy"));
        claimOne("w1");
        clock.advance(LEASE.multipliedBy(3));

        assertThat(queue.complete(item.id(), "w1")).isTrue();
        assertThat(queue.find(item.id()).orElseThrow().status()).isEqualTo(WorkStatus.SUCCEEDED);
        assertThat(claim("w2", 10)).isEmpty();
    }

    @Test
    void aRetriableFailureIsRetriedAfterTheDelayThenDeadLetteredAtMaxAttempts() {
        WorkItem item = queue.enqueue(request("deploy").withMaxAttempts(2));
        claimOne("w1");
        clock.advance(Duration.ofSeconds(1));

        assertThat(queue.fail(item.id(), "w1", BOOM, Duration.ofSeconds(10), true)).isTrue();
        WorkItem waiting = queue.find(item.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(WorkStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(11));
        assertThat(waiting.lastError()).isEqualTo(BOOM);
        assertThat(waiting.leaseOwner()).isNull();
        assertThat(waiting.finishedAt()).isNull();
        assertThat(queue.fail(item.id(), "w1", BOOM, Duration.ZERO, true)).isFalse();

        clock.advance(Duration.ofSeconds(9));
        assertThat(claim("w2", 10)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(claimOne("w2").attempts()).isEqualTo(2);

        WorkError second = new WorkError("verify", "health_check_failed", null);
        assertThat(queue.fail(item.id(), "w2", second, Duration.ofSeconds(10), true)).isTrue();
        WorkItem dead = queue.find(item.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(WorkStatus.DEAD_LETTERED);
        assertThat(dead.lastError()).isEqualTo(second);
        assertThat(dead.finishedAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofMinutes(5));
        assertThat(claim("w3", 10)).isEmpty();
    }

    @Test
    void aNonRetriableFailureFailsAtOnceAndLongMessagesAreCut() {
        WorkItem item = queue.enqueue(request("deploy").withMaxAttempts(5));
        claimOne("w1");
        WorkError error = new WorkError("plan", "invalid_plan", "m".repeat(5000));

        assertThat(queue.fail(item.id(), "w1", error, Duration.ofSeconds(10), false)).isTrue();
        WorkItem failed = queue.find(item.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(WorkStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError().message()).hasSize(WorkError.MAX_MESSAGE);
        assertThat(failed.finishedAt()).isEqualTo(T0);
        clock.advance(Duration.ofMinutes(1));
        assertThat(claim("w2", 10)).isEmpty();
    }

    @Test
    void anExpiredLeaseOnTheLastAttemptIsDeadLetteredInsteadOfClaimed() {
        WorkItem last = queue.enqueue(request("deploy").withMaxAttempts(1));
        claimOne("w1");
        clock.advance(LEASE);
        WorkItem fresh = queue.enqueue(request("deploy"));

        assertThat(claim("w2", 10)).extracting(WorkItem::id).containsExactly(fresh.id());
        WorkItem dead = queue.find(last.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(WorkStatus.DEAD_LETTERED);
        assertThat(dead.lastError().phase()).isEqualTo("lease");
        assertThat(dead.lastError().code()).isEqualTo("lease_expired");
        assertThat(dead.finishedAt()).isEqualTo(clock.instant());
        assertThat(dead.leaseOwner()).isNull();
        assertThat(queue.complete(last.id(), "w1")).isFalse();
    }

    // ---- operator actions ------------------------------------------------------------------

    @Test
    void cancelStopsPendingAndRunningItemsAndTheHolderCannotFinish() {
        WorkItem pending = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(60)));
        WorkItem running = queue.enqueue(request("deploy"));
        claimOne("w1");

        WorkItem canceled = queue.cancel(pending.id(), "superseded by dep_2").orElseThrow();
        assertThat(canceled.status()).isEqualTo(WorkStatus.CANCELED);
        assertThat(canceled.note()).isEqualTo("superseded by dep_2");
        assertThat(canceled.finishedAt()).isEqualTo(T0);
        assertThat(queue.cancel(running.id(), null).orElseThrow().leaseOwner()).isNull();
        assertThat(queue.complete(running.id(), "w1")).isFalse();
        assertThat(queue.fail(running.id(), "w1", BOOM, Duration.ZERO, true)).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(claim("w2", 10)).isEmpty();
        assertThat(queue.find(running.id()).orElseThrow().status()).isEqualTo(WorkStatus.CANCELED);
    }

    @Test
    void refusedTransitionsNameTheCurrentStatusAndChangeNothing() {
        WorkItem done = finished("succeeded");
        WorkItem pending = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(60)));

        assertRefused(() -> queue.cancel(done.id(), "x"), done.id(), WorkStatus.SUCCEEDED);
        assertRefused(() -> queue.deadLetter(done.id(), "x"), done.id(), WorkStatus.SUCCEEDED);
        assertRefused(() -> queue.markRecovered(pending.id(), "x"), pending.id(), WorkStatus.PENDING);
        assertRefused(() -> queue.retry(pending.id(), "x"), pending.id(), WorkStatus.PENDING);
        assertRefused(() -> queue.retry(done.id(), "x"), done.id(), WorkStatus.SUCCEEDED);
        assertThat(queue.find(done.id())).contains(done);
        assertThat(queue.find(pending.id())).contains(pending);
        assertThat(queue.count(WorkFilter.all())).isEqualTo(2);
        for (Function<String, Object> action : List.<Function<String, Object>>of(id -> queue.cancel(id, "r"),
                id -> queue.deadLetter(id, "r"), id -> queue.markRecovered(id, "r"), id -> queue.retry(id, "r"))) {
            assertThat(action.apply("wrk_unknown")).isEqualTo(Optional.empty());
        }
    }

    @Test
    void deadLetterAndMarkRecoveredFollowTheirAllowedStatuses() {
        WorkItem failed = finished("failed");
        WorkItem dead = queue.deadLetter(failed.id(), "poison payload").orElseThrow();
        assertThat(dead.status()).isEqualTo(WorkStatus.DEAD_LETTERED);
        assertThat(dead.note()).isEqualTo("poison payload");
        assertThat(dead.lastError()).isEqualTo(BOOM);

        WorkItem recovered = queue.markRecovered(dead.id(), "fixed by hand").orElseThrow();
        assertThat(recovered.status()).isEqualTo(WorkStatus.RECOVERED);
        assertThat(recovered.note()).isEqualTo("fixed by hand");
        assertRefused(() -> queue.markRecovered(dead.id(), "again"), dead.id(), WorkStatus.RECOVERED);

        WorkItem running = queue.enqueue(request("deploy"));
        claimOne("w1");
        assertThat(queue.deadLetter(running.id(), "stuck").orElseThrow().status())
                .isEqualTo(WorkStatus.DEAD_LETTERED);
        assertThat(queue.complete(running.id(), "w1")).isFalse();
        assertThat(queue.markRecovered(finished("failed").id(), null).orElseThrow().status())
                .isEqualTo(WorkStatus.RECOVERED);
    }

    @Test
    void retryEnqueuesANewPendingCopyThatPointsAtTheOriginal() {
        WorkItem original = queue.enqueue(WorkRequest.of("deploy", "{\"d\":1}").withIdempotencyKey("k1")
                .withOrganizationId("org_1").withReference("resourceId", "res_1").withMaxAttempts(1));
        claimOne("w1");
        queue.fail(original.id(), "w1", BOOM, Duration.ZERO, true);
        WorkItem dead = queue.find(original.id()).orElseThrow();
        clock.advance(Duration.ofSeconds(3));

        WorkItem copy = queue.retry(original.id(), "after the registry fix").orElseThrow();
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.retryOfId()).isEqualTo(original.id());
        assertThat(copy.status()).isEqualTo(WorkStatus.PENDING);
        assertThat(copy.attempts()).isZero();
        assertThat(copy.kind()).isEqualTo("deploy");
        assertThat(copy.payload()).isEqualTo("{\"d\":1}");
        assertThat(copy.organizationId()).isEqualTo("org_1");
        assertThat(copy.references()).isEqualTo(Map.of("resourceId", "res_1"));
        assertThat(copy.maxAttempts()).isEqualTo(1);
        assertThat(copy.idempotencyKey()).isNull();
        assertThat(copy.note()).isEqualTo("after the registry fix");
        assertThat(copy.createdAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(queue.find(original.id())).contains(dead);
        assertThat(queue.find(copy.id())).contains(copy);
        assertThat(claimOne("w2").id()).isEqualTo(copy.id());

        WorkItem canceled = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(99)));
        queue.cancel(canceled.id(), null);
        assertThat(queue.retry(canceled.id(), null).orElseThrow().retryOfId()).isEqualTo(canceled.id());
    }

    // ---- prune -----------------------------------------------------------------------------

    @Test
    void pruneCountsOnADryRunAndDeletesOnlyTerminalItemsFinishedBeforeTheCutoff() {
        WorkItem succeeded = finished("succeeded");
        WorkItem failed = finished("failed");
        WorkItem keyed = queue.enqueue(request("deploy").withIdempotencyKey("once").withReference("resourceId", "res_9"));
        queue.cancel(keyed.id(), null);
        WorkItem pending = queue.enqueue(request("deploy").withNotBefore(T0.plusSeconds(1)));
        WorkItem old = queue.enqueue(request("deploy").withReference("resourceId", "res_9"));
        claimOne("w1");
        clock.advance(Duration.ofHours(2));
        WorkItem recent = finished("succeeded");
        Instant cutoff = T0.plusSeconds(3600);

        PruneResult dry = queue.prune(cutoff, Set.of(), true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matched()).isEqualTo(3);
        assertThat(dry.byStatus()).isEqualTo(Map.of(WorkStatus.SUCCEEDED, 1L, WorkStatus.FAILED, 1L,
                WorkStatus.CANCELED, 1L));
        assertThat(queue.count(WorkFilter.all())).isEqualTo(6);
        assertThat(queue.prune(cutoff, Set.of(WorkStatus.FAILED), true).matched()).isEqualTo(1);

        PruneResult pruned = queue.prune(cutoff, Set.of(WorkStatus.SUCCEEDED, WorkStatus.CANCELED), false);
        assertThat(pruned.matched()).isEqualTo(2);
        assertThat(pruned.byStatus()).isEqualTo(Map.of(WorkStatus.SUCCEEDED, 1L, WorkStatus.CANCELED, 1L));
        assertThat(queue.find(succeeded.id())).isEmpty();
        assertThat(queue.find(keyed.id())).isEmpty();
        assertThat(queue.list(WorkFilter.all())).extracting(WorkItem::id)
                .containsExactlyInAnyOrder(failed.id(), pending.id(), old.id(), recent.id());
        assertThat(ids(WorkFilter.all().reference("resourceId", "res_9"))).containsExactly(old.id());
        assertThat(queue.enqueue(request("deploy").withIdempotencyKey("once")).id()).isNotEqualTo(keyed.id());
        assertThatThrownBy(() -> queue.prune(cutoff, Set.of(WorkStatus.RUNNING), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running");
    }

    @Test
    void pruneOfOneOrganizationLeavesTheOthers() {
        WorkItem mine = queue.enqueue(request("deploy").withOrganizationId("org_a"));
        WorkItem theirs = queue.enqueue(request("deploy").withOrganizationId("org_b"));
        queue.cancel(mine.id(), null);
        queue.cancel(theirs.id(), null);
        clock.advance(Duration.ofSeconds(5));

        assertThat(queue.prune("org_a", clock.instant(), Set.of(), false).matched()).isEqualTo(1);
        assertThat(queue.find(mine.id())).isEmpty();
        assertThat(queue.find(theirs.id())).isPresent();
    }

    // ---- listing: WorkQueueListingContract ------------------------------------------------

    // ---- transactions ----------------------------------------------------------------------

    @Test
    void anEnqueueInsideATransactionCommitsAndRollsBackWithIt() {
        String kept = "doc_" + java.util.UUID.randomUUID();
        String dropped = "doc_" + java.util.UUID.randomUUID();
        assertThatThrownBy(() -> store.transaction(tx -> {
            tx.insert(StoreCollections.PROJECTS, draft(dropped));
            tx.enqueue(request("deploy").withIdempotencyKey("tx-key"));
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(queue.count(WorkFilter.all())).isZero();

        WorkItem inside = store.transaction(tx -> {
            tx.insert(StoreCollections.PROJECTS, draft(kept));
            WorkItem first = tx.enqueue(request("deploy").withIdempotencyKey("tx-key"));
            assertThat(tx.enqueue(request("other").withIdempotencyKey("tx-key"))).isEqualTo(first);
            return first;
        });
        assertThat(queue.find(inside.id())).contains(inside);
        assertThat(store.<Optional<Document>>read(r -> r.find(StoreCollections.PROJECTS, kept))).isPresent();
        assertThat(store.<Optional<Document>>read(r -> r.find(StoreCollections.PROJECTS, dropped))).isEmpty();
        WorkItem again = store.transaction(tx -> tx.enqueue(request("x").withIdempotencyKey("tx-key")));
        assertThat(again).isEqualTo(inside);
        assertThat(queue.enqueue(request("x").withIdempotencyKey("tx-key"))).isEqualTo(inside);
        assertThat(queue.count(WorkFilter.all())).isEqualTo(1);
    }

    @Test
    void queueCallsInsideATransactionAreRefused() {
        assertThatThrownBy(() -> store.transaction(tx -> queue.enqueue(request("deploy"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("StoreTransaction.enqueue");
        assertThat(queue.count(WorkFilter.all())).isZero();
    }

    // ---- concurrency -----------------------------------------------------------------------

    @Test
    @Timeout(180)
    void concurrentClaimersTakeEveryItemExactlyOnce() throws Exception {
        int items = 500;
        for (int i = 0; i < items; i++) {
            queue.enqueue(request("deploy"));
        }
        Map<String, String> holders = new ConcurrentHashMap<>();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger threadNumber = new AtomicInteger();
        ConcurrentRuns.run(8, () -> {
            String owner = "worker-" + threadNumber.incrementAndGet();
            for (List<WorkItem> batch = queue.claim(owner, Set.of(), 4, Duration.ofHours(1)); !batch.isEmpty();
                    batch = queue.claim(owner, Set.of(), 4, Duration.ofHours(1))) {
                for (WorkItem item : batch) {
                    if (holders.putIfAbsent(item.id(), owner) != null) {
                        duplicates.add(item.id());
                    }
                    assertThat(item.leaseOwner()).isEqualTo(owner);
                    assertThat(queue.complete(item.id(), owner)).isTrue();
                }
            }
        });

        assertThat(duplicates).isEmpty();
        assertThat(holders).hasSize(items);
        assertThat(queue.count(WorkFilter.all().statuses(Set.of(WorkStatus.SUCCEEDED)))).isEqualTo(items);
        assertThat(queue.list(WorkFilter.all().limit(1000))).allSatisfy(item -> assertThat(item.attempts()).isEqualTo(1));
    }

    // ---- helpers ---------------------------------------------------------------------------

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    protected static WorkRequest request(String kind) {
        return WorkRequest.of(kind, "{}");
    }

    protected List<WorkItem> claim(String owner, int max) {
        return queue.claim(owner, Set.of(), max, LEASE);
    }

    protected WorkItem claimOne(String owner) {
        List<WorkItem> claimed = claim(owner, 1);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    /** A new item taken to {@code outcome} ("succeeded" or "failed") at the current time. */
    private WorkItem finished(String outcome) {
        WorkItem item = queue.enqueue(request("finish-" + outcome).withMaxAttempts(1));
        assertThat(queue.claim("finisher", Set.of("finish-" + outcome), 1, LEASE)).hasSize(1);
        boolean done = outcome.equals("succeeded") ? queue.complete(item.id(), "finisher")
                : queue.fail(item.id(), "finisher", BOOM, Duration.ZERO, false);
        assertThat(done).isTrue();
        return queue.find(item.id()).orElseThrow();
    }

    private List<String> ids(WorkFilter filter) {
        return queue.list(filter).stream().map(WorkItem::id).toList();
    }

    private static DocumentDraft draft(String id) {
        return new DocumentDraft(id, DocumentIndex.NONE, Set.of(), "{}", T0, T0);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String id,
            WorkStatus current) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkStateException.class, e -> {
            assertThat(e.itemId()).isEqualTo(id);
            assertThat(e.current()).isEqualTo(current);
            assertThat(e.getMessage()).contains(current.wire());
        });
    }
}

package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.operatorwork.*;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.operatorwork.OperatorWorkHandlers;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.work.TestWorkKinds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Background work run by the engine's workers from the store's queue, and {@code operatorWork.*}
 * over it, through the facade: retries with backoff then dead-lettering, operator actions, scoping
 * to the caller's organization, prune, and one audit event per action. Every store runs them.
 */
public abstract class OperatorWorkScenarios {

    static final String ORG = Actor.SELF_HOSTED_ORGANIZATION;

    protected final TestWorkKinds work = new TestWorkKinds();
    protected AppaloftEngine engine;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        AppaloftEngineBuilder builder = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .workers(2, Duration.ofSeconds(3), Duration.ofMillis(20)).dailyHousekeeping(false);
        work.kinds().forEach(builder::workKind);
        engine = builder.build();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void failingWorkIsRetriedThenDeadLetteredAndAnOperatorRetryRunsItAgain() {
        WorkItem item = engine.enqueue(request(TestWorkKinds.FLAKY).withReference("resourceId", "res_1"));

        OperatorWorkItem dead = awaitStatus(item.id(), OperatorWorkStatus.DEAD_LETTERED);
        assertThat(work.runsOf(item.id())).as("both attempts ran").isEqualTo(2);
        assertThat(dead.kind()).isEqualTo(OperatorWorkKind.RUNTIME_MAINTENANCE);
        assertThat(dead.operationKey()).isEqualTo("resources.runtime-maintenance");
        assertThat(dead.resourceId()).isEqualTo("res_1");
        assertThat(dead.phase()).isEqualTo("probe");
        assertThat(dead.errorCode()).isEqualTo("target_unreachable");
        assertThat(dead.nextActions()).contains("retry");
        assertThat(ops().list(new ListOperatorWorkInput(null, OperatorWorkStatus.DEAD_LETTERED, "res_1", null, null,
                null)).items()).extracting(OperatorWorkItem::id).containsExactly(item.id());
        assertThat(ops().list(new ListOperatorWorkInput(OperatorWorkKind.CERTIFICATE, null, null, null, null, null))
                .items()).isEmpty();

        work.healthy.set(true);
        WorkRetried retried = ops().retry(item.id(), "the target is back");
        assertThat(retried.retryOfWorkId()).isEqualTo(item.id());
        assertThat(retried.workId()).isNotEqualTo(item.id());
        OperatorWorkItem done = awaitStatus(retried.workId(), OperatorWorkStatus.SUCCEEDED);
        assertThat(done.safeDetails()).containsEntry("retryOfWorkId", item.id());
        assertThat(ops().show(item.id()).item().status()).as("the original stays as it was")
                .isEqualTo(OperatorWorkStatus.DEAD_LETTERED);
        assertThat(auditEvents("operator-work.retried")).hasSize(1);
    }

    @Test
    void aPermanentFailureIsFailedAtOnceAndCanBeMarkedRecoveredOnce() {
        WorkItem item = engine.enqueue(request(TestWorkKinds.BROKEN));

        OperatorWorkItem failed = awaitStatus(item.id(), OperatorWorkStatus.FAILED);
        assertThat(work.runsOf(item.id())).isEqualTo(1);
        assertThat(failed.errorCode()).isEqualTo("payload_invalid");
        assertThat(failed.errorCategory()).isEqualTo("permanent");

        WorkRecovered recovered = ops().markRecovered(item.id(), null);
        assertThat(recovered.status()).isEqualTo("succeeded");
        assertThat(ops().show(item.id()).item().safeDetails()).containsEntry("recovered", true);
        assertFails(() -> ops().markRecovered(item.id(), null), OperatorWorkHandlers.STATE_CONFLICT);
        assertThat(auditEvents("operator-work.recovered")).hasSize(1);
    }

    @Test
    void pendingWorkCanBeCanceledOrDeadLetteredWithAReasonAndNeverRuns() {
        WorkItem later = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));
        WorkItem other = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));

        assertThat(ops().show(later.id()).item().status()).isEqualTo(OperatorWorkStatus.PENDING);
        assertThat(validationFields(() -> ops().cancel(later.id(), " "))).containsExactly("reason");
        assertThat(ops().cancel(later.id(), "not needed").status()).isEqualTo("canceled");
        assertThat(ops().deadLetter(other.id(), "poison").status()).isEqualTo("dead-lettered");
        assertFails(() -> ops().cancel(later.id(), "again"), OperatorWorkHandlers.STATE_CONFLICT);

        assertThat(ops().show(later.id()).item().safeDetails()).containsEntry("operatorReason", "not needed");
        assertThat(work.runsOf(later.id()) + work.runsOf(other.id())).isZero();
        assertThat(auditEvents("operator-work.canceled")).hasSize(1);
        assertThat(auditEvents("operator-work.dead-lettered")).hasSize(1);
    }

    @Test
    void anotherOrganizationsWorkReadsAsAbsent() {
        WorkItem theirs = engine.enqueue(WorkRequest.of(TestWorkKinds.OK, "{}").withOrganizationId("org_other")
                .withNotBefore(Instant.now().plusSeconds(3600)));
        WorkItem mine = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));

        assertFails(() -> ops().show(theirs.id()), ErrorCode.NOT_FOUND);
        assertFails(() -> ops().cancel(theirs.id(), "mine now"), ErrorCode.NOT_FOUND);
        assertFails(() -> ops().show("wrk_missing"), ErrorCode.NOT_FOUND);
        assertThat(ops().list(ListOperatorWorkInput.all()).items()).extracting(OperatorWorkItem::id)
                .containsExactly(mine.id());
        assertThat(engine.store().work().find(theirs.id()).orElseThrow().status().wire()).isEqualTo("pending");
    }

    @Test
    void pruneIsADryRunUnlessToldAndTakesOnlyFinishedWork() {
        WorkItem ok = engine.enqueue(request(TestWorkKinds.OK));
        WorkItem broken = engine.enqueue(request(TestWorkKinds.BROKEN));
        awaitStatus(ok.id(), OperatorWorkStatus.SUCCEEDED);
        awaitStatus(broken.id(), OperatorWorkStatus.FAILED);
        WorkItem waiting = engine.enqueue(request(TestWorkKinds.OK).withNotBefore(Instant.now().plusSeconds(3600)));
        String tomorrow = Instant.now().plusSeconds(86_400).toString();

        OperatorWorkPruned dry = ops().prune(tomorrow, null, null);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(2);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.countsByStatus()).containsEntry("succeeded", 1L).containsEntry("failed", 1L);
        assertThat(auditEvents("operator-work.pruned")).as("a dry run changes nothing").isEmpty();

        OperatorWorkPruned pruned = ops().prune(tomorrow, List.of("succeeded"), false);
        assertThat(pruned.prunedCount()).isEqualTo(1);
        assertThat(pruned.statuses()).containsExactly("succeeded");
        assertFails(() -> ops().show(ok.id()), ErrorCode.NOT_FOUND);
        assertThat(ops().show(broken.id()).item().status()).isEqualTo(OperatorWorkStatus.FAILED);
        assertThat(ops().show(waiting.id()).item().status()).isEqualTo(OperatorWorkStatus.PENDING);
        assertThat(auditEvents("operator-work.pruned")).hasSize(1);

        assertThat(validationFields(() -> ops().prune(null, null, null))).containsExactly("before");
        assertThat(validationFields(() -> ops().prune(tomorrow, List.of("running"), false))).containsExactly("statuses");
        assertThat(validationFields(() -> ops().prune("yesterday", null, false))).containsExactly("before");
    }

    protected dev.appaloft.api.OperatorWorkApi ops() {
        return engine.operatorWork();
    }

    static WorkRequest request(String kind) {
        return WorkRequest.of(kind, "{}").withOrganizationId(ORG);
    }

    /** Polls until the item reaches {@code status}; workers run asynchronously. */
    OperatorWorkItem awaitStatus(String workId, OperatorWorkStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        OperatorWorkItem item = ops().show(workId).item();
        while (item.status() != status) {
            assertThat(System.nanoTime()).as("work %s reaches %s (now %s)", workId, status, item.status())
                    .isLessThan(deadline);
            sleep(20);
            item = ops().show(workId).item();
        }
        return item;
    }

    List<StreamRecord> auditEvents(String type) {
        return engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream()
                .filter(e -> e.type().equals(type)).toList();
    }

    static List<String> validationFields(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.issues().stream().map(i -> String.join(".", i.path().stream().map(String::valueOf).toList()))
                    .distinct().toList();
        }
        throw new AssertionError("expected a validation error");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

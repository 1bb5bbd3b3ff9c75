package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.deployments.*;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Events, streams, cancel, archive and pruning of deployments, on every store. */
public abstract class DeploymentControlScenarios extends DeploymentFixture {

    @Test
    void aResourceIsDeletedOnlyOnceItsDeploymentsAreArchived() throws Exception {
        String deployment = appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS)).id();
        assertThat(awaitEnd(deployment)).isEqualTo(DeploymentStatus.SUCCEEDED);
        appaloft.resources().archive(new dev.appaloft.api.resources.ArchiveResourceInput(resource, null, null));
        var delete = dev.appaloft.api.resources.DeleteResourceInput.confirmed(resource, "web");
        var blocked = org.assertj.core.api.Assertions.catchThrowableOfType(() -> appaloft.resources().delete(delete),
                dev.appaloft.api.error.AppaloftException.class);
        assertThat(blocked.code()).isEqualTo(ErrorCode.RESOURCE_DELETE_BLOCKED);
        assertThat(blocked.details()).containsEntry("blockers", List.of("deployment-history"));

        appaloft.deployments().archive(deployment);
        assertThat(appaloft.resources().delete(delete).id()).isEqualTo(resource);
    }

    @Test
    void aDeploymentsEventsReplayInOrderWithResumableCursors() {
        String id = appaloft.deployments().create(deploy(null)).id();

        List<DeploymentEventEnvelope.Event> events = events(appaloft.deployments().events(DeploymentEventsInput.of(id)));
        assertThat(events).extracting(DeploymentEventEnvelope.Event::eventType)
                .startsWith("deployment-requested").contains("deployment-started").endsWith("deployment-succeeded");
        assertThat(events).extracting(DeploymentEventEnvelope.Event::sequence)
                .isSorted().doesNotHaveDuplicates().first().isEqualTo(1L);
        assertThat(events).allMatch(e -> e.cursor().equals(id + ":" + e.sequence()) && e.deploymentId().equals(id));

        String resumeAt = events.get(2).cursor();
        List<DeploymentEventEnvelope.Event> rest = events(appaloft.deployments().events(
                new DeploymentEventsInput(id, resumeAt, null, null, null, null)));
        assertThat(rest).isEqualTo(events.subList(3, events.size()));

        assertFails(() -> appaloft.deployments().events(new DeploymentEventsInput(id, "dep_other:1", null, null, null, null)),
                ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.deployments().events(new DeploymentEventsInput(id, id + ":999", null, null, null, null)),
                ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.deployments().events(new DeploymentEventsInput(id, null, 201, null, null, null)),
                ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void aHistoryLimitCutsTheOldestEventsAndSaysSoWithAGap() {
        String id = appaloft.deployments().create(deploy(null)).id();
        long total = events(appaloft.deployments().events(DeploymentEventsInput.of(id))).size();

        List<DeploymentEventEnvelope> envelopes = appaloft.deployments()
                .events(new DeploymentEventsInput(id, null, 2, null, null, null)).envelopes();
        assertThat(envelopes.get(0).kind()).isEqualTo("gap");
        assertThat(envelopes.get(0).gap().lastSequence()).isEqualTo(total - 2);
        assertThat(events(new DeploymentEvents(id, envelopes))).extracting(DeploymentEventEnvelope.Event::sequence)
                .containsExactly(total - 1, total);
        assertThat(appaloft.deployments().events(new DeploymentEventsInput(id, null, null, false, null, null))
                .envelopes()).isEmpty();
    }

    @Test
    void anEventStreamFollowsADeploymentLiveAndClosesWhenItEnds() throws Exception {
        runtime.hold = new CountDownLatch(1);
        String id = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        List<DeploymentEventEnvelope> seen = new ArrayList<>();
        try (EventStream stream = appaloft.deployments().eventsStream(DeploymentEventsInput.of(id))) {
            // the deployment waits in its package step: the stream is live, not a replay of a finished one
            while (seen.stream().noneMatch(e -> e.event() != null && "build-requested,deployment-progress"
                    .contains(e.event().eventType()) && e.event().phase() == DeploymentPhase.PACKAGE)) {
                seen.add(envelope(stream.next(Duration.ofSeconds(5))));
            }
            runtime.hold.countDown();
            while (!stream.ended()) {
                stream.next(Duration.ofSeconds(5)).map(e -> (DeploymentEventEnvelope) e.data()).ifPresent(seen::add);
            }
        }
        assertThat(seen.get(seen.size() - 1).kind()).isEqualTo("closed");
        assertThat(seen.get(seen.size() - 1).reason()).isEqualTo("completed");
        assertThat(events(new DeploymentEvents(id, seen))).extracting(DeploymentEventEnvelope.Event::eventType)
                .endsWith("deployment-succeeded");
    }

    @Test
    void createStreamReportsProgressThenTheDeploymentsId() throws Exception {
        List<StreamEvent> seen = new ArrayList<>();
        try (EventStream stream = appaloft.deployments().createStream(deploy(null))) {
            while (!stream.ended()) {
                stream.next(Duration.ofSeconds(5)).ifPresent(seen::add);
            }
        }
        StreamEvent done = seen.get(seen.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        String id = ((dev.appaloft.api.common.IdOutput) done.data()).id();
        assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        List<DeploymentProgress> progress = seen.subList(0, seen.size() - 1).stream()
                .map(e -> (DeploymentProgress) e.data()).toList();
        assertThat(progress).allMatch(p -> p.deploymentId().equals(id));
        assertThat(progress).extracting(DeploymentProgress::message).anyMatch(m -> m.startsWith("plan:"))
                .contains("status: succeeded");
    }

    @Test
    void cancelingARunningDeploymentRemovesItsCandidateAndKeepsThePreviousOneServing() throws Exception {
        appaloft.deployments().create(deploy(null));
        String serving = runtime.instances.keySet().iterator().next();
        runtime.verifyUntilCanceled = new CountDownLatch(1);
        String id = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        assertThat(runtime.verifyUntilCanceled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runtime.instances).hasSize(2);

        CanceledDeployment canceled = appaloft.deployments().cancel(id);

        assertThat(canceled.status()).isEqualTo("canceled");
        assertThat(Instant.parse(canceled.canceledAt())).isNotNull();
        assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.CANCELED);
        assertThat(runtime.instances.keySet()).containsExactly(serving);
        assertThat(appaloft.deployments().cancel(id).canceledAt()).isEqualTo(canceled.canceledAt()); // idempotent
        assertThat(events(appaloft.deployments().events(DeploymentEventsInput.of(id))))
                .extracting(DeploymentEventEnvelope.Event::status).contains("cancel-requested", "canceled");
        runtime.verifyUntilCanceled = null;
        // the resource is free again, and a canceled attempt can be retried
        String retried = appaloft.deployments().retry(new RetryDeploymentInput(id, null, null)).id();
        assertThat(appaloft.deployments().show(retried).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @Test
    void cancelAsksForConfirmationAndRefusesEndedDeployments() {
        String id = appaloft.deployments().create(deploy(null)).id();
        assertFails(() -> appaloft.execute(dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_CANCEL,
                new CancelDeploymentInput(id, "not-the-id", null), dev.appaloft.api.Actor.system("t")),
                ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.deployments().cancel(id), ErrorCode.DEPLOYMENT_NOT_CANCELABLE);
        assertFails(() -> appaloft.deployments().cancel("dep_missing"), ErrorCode.NOT_FOUND);
    }

    @Test
    void archivedDeploymentsLeaveListsAndCountsUnlessAskedFor() {
        String first = appaloft.deployments().create(deploy(null)).id();
        String second = appaloft.deployments().create(deploy(null)).id();

        ArchivedDeployment archived = appaloft.deployments().archive(first);
        assertThat(archived.archivedAt()).isNotNull();

        assertThat(appaloft.deployments().list(new ListDeploymentsInput(null, resource, null, null)).items())
                .extracting(DeploymentView::id).containsExactly(second);
        assertThat(appaloft.deployments().list(new ListDeploymentsInput(null, resource, true, null)).items())
                .extracting(DeploymentView::id).containsExactlyInAnyOrder(first, second);
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, resource, null,
                DeploymentStatus.SUCCEEDED, null)).count()).isEqualTo(1);
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, resource, true,
                DeploymentStatus.SUCCEEDED, null)).count()).isEqualTo(2);
        assertThat(appaloft.deployments().show(first).deployment().archivedAt()).isEqualTo(archived.archivedAt());
        assertThat(appaloft.deployments().archive(first).archivedAt()).isEqualTo(archived.archivedAt());
    }

    @Test
    void pruneRemovesOldEndedDeploymentsButGuardsTheLatestSuccess() {
        String old = appaloft.deployments().create(deploy(null)).id();
        runtime.healthy = false;
        String failed = appaloft.deployments().create(deploy(null)).id();
        runtime.healthy = true;
        String latest = appaloft.deployments().create(deploy(null)).id();
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();

        PrunedDeployments preview = appaloft.deployments().prune(new PruneDeploymentsInput(tomorrow, null, resource, null, null));
        assertThat(preview.dryRun()).isTrue();
        assertThat(preview.prunedCount()).isZero();
        assertThat(preview.affectedDeploymentIds()).containsExactlyInAnyOrder(old, failed);
        assertThat(preview.guardedDeploymentIds()).containsExactly(latest);
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, resource, null, null, null)).count()).isEqualTo(3);

        PrunedDeployments pruned = appaloft.deployments().prune(new PruneDeploymentsInput(tomorrow, null, resource, null, false));
        assertThat(pruned.prunedCount()).isEqualTo(2);
        assertThat(appaloft.deployments().list(new ListDeploymentsInput(null, resource, true, null)).items())
                .extracting(DeploymentView::id).containsExactly(latest);
        assertFails(() -> appaloft.deployments().show(old), ErrorCode.NOT_FOUND);
        assertThat(appaloft.deployments().prune(new PruneDeploymentsInput("2000-01-01T00:00:00Z", null, null, null, false))
                .matchedCount()).isZero();
        assertFails(() -> appaloft.deployments().prune(new PruneDeploymentsInput("yesterday", null, null, null, null)),
                ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void pruneLogsEmptiesOldLogsAndKeepsTheDeployments() {
        String id = appaloft.deployments().create(deploy(null)).id();
        long lines = appaloft.deployments().logs(id).logs().size();
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();

        PrunedDeploymentLogs preview = appaloft.deployments().pruneLogs(new PruneDeploymentsInput(tomorrow, null, null, null, null));
        assertThat(preview.matchedCount()).isEqualTo(lines);
        assertThat(preview.prunedCount()).isZero();
        assertThat(appaloft.deployments().logs(id).logs()).hasSize((int) lines);

        PrunedDeploymentLogs pruned = appaloft.deployments().pruneLogs(new PruneDeploymentsInput(tomorrow, id, null, null, false));
        assertThat(pruned.prunedCount()).isEqualTo(lines);
        assertThat(pruned.affectedDeploymentCount()).isEqualTo(1);
        assertThat(appaloft.deployments().logs(id).logs()).isEmpty();
        assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @Test
    void recoveryReadinessSaysWhatWouldBeAcceptedAndWhy() throws Exception {
        String good = appaloft.deployments().create(deploy(null)).id();
        runtime.healthy = false;
        String failed = appaloft.deployments().create(deploy(null)).id();
        runtime.healthy = true;

        RecoveryReadiness readiness = appaloft.deployments().recoveryReadiness(RecoveryReadinessInput.of(failed));
        assertThat(readiness.retryable()).isTrue();
        assertThat(readiness.redeployable()).isTrue();
        assertThat(readiness.rollbackReady()).isTrue();
        assertThat(readiness.rollback().candidates()).extracting(RecoveryReadiness.Candidate::deploymentId)
                .containsExactly(good);
        RecoveryReadiness ofSuccess = appaloft.deployments().recoveryReadiness(RecoveryReadinessInput.of(good));
        assertThat(ofSuccess.retryable()).isFalse();
        assertThat(ofSuccess.retry().reasons()).extracting(RecoveryReadiness.Reason::code)
                .contains("attempt-status-not-recoverable");
        assertThat(ofSuccess.rollbackReady()).isFalse(); // no other success to go back to

        // while another deployment of the resource runs, nothing is accepted, and show's summary agrees
        runtime.hold = new CountDownLatch(1);
        String running = appaloft.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        RecoveryReadiness busy = appaloft.deployments().recoveryReadiness(RecoveryReadinessInput.of(failed));
        assertThat(busy.recoverable()).isFalse();
        assertThat(busy.retry().reasons()).extracting(RecoveryReadiness.Reason::code).contains("resource-runtime-busy");
        DeploymentDetail shown = appaloft.deployments().show(new ShowDeploymentInput(failed, true, true, true, true, true));
        assertThat(shown.recoverySummary().blockedReasonCodes()).contains("resource-runtime-busy");
        runtime.hold.countDown();
        assertThat(awaitEnd(running)).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertFails(() -> appaloft.deployments().recoveryReadiness(new RecoveryReadinessInput(failed, null, true, "lots")),
                ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void showAddsTheSectionsAskedFor() {
        String id = appaloft.deployments().create(deploy(null)).id();
        DeploymentDetail plain = appaloft.deployments().show(id);
        assertThat(plain.relatedContext()).isNull();
        assertThat(plain.timeline()).isNull();
        assertThat(plain.snapshot()).isNull();

        DeploymentDetail full = appaloft.deployments().show(new ShowDeploymentInput(id, true, true, true, true, true));
        assertThat(full.relatedContext().project().name()).isEqualTo("shop");
        assertThat(full.relatedContext().environment().kind()).isEqualTo("production");
        assertThat(full.relatedContext().resource().slug()).isEqualTo("web");
        assertThat(full.relatedContext().server().providerKey()).isEqualTo("local-shell");
        assertThat(full.timeline().logCount()).isEqualTo(appaloft.deployments().logs(id).logs().size());
        assertThat(full.snapshot().runtimePlan().buildStrategy()).isEqualTo("prebuilt-image");
        assertThat(full.recoverySummary().redeployable()).isTrue();
    }

    @Test
    void planSaysWhatADeploymentWouldDoWithoutDoingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        DeploymentPlanPreview image = appaloft.deployments().plan(PlanDeploymentInput.of(project, env, resource, server));
        assertThat(image.readiness().ready()).isTrue();
        assertThat(image.planner().buildStrategy()).isEqualTo("prebuilt-image");
        assertThat(image.artifact().image()).isEqualTo("local/app:1");
        assertThat(image.access().hostname()).isEqualTo("web-production.localhost");
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count())
                .as("nothing was deployed").isZero();

        java.nio.file.Files.createDirectories(dir.resolve("public"));
        java.nio.file.Files.writeString(dir.resolve("public/index.html"), "<h1>hi</h1>");
        String site = appaloft.resources().create(new dev.appaloft.api.resources.CreateResourceInput(project, env, null,
                "site", null, null, null, dev.appaloft.api.resources.SourceBinding.of(
                dev.appaloft.api.resources.SourceBinding.Kind.LOCAL_FOLDER, dir.toString()), null,
                dev.appaloft.api.resources.NetworkProfile.port(8080))).id();
        DeploymentPlanPreview folder = appaloft.deployments().plan(PlanDeploymentInput.of(project, env, site, server));
        assertThat(folder.planner().buildStrategy()).isEqualTo("static-artifact");
        assertThat(folder.source().applicationShape()).isEqualTo("static");

        String bare = appaloft.resources().create(dev.appaloft.api.resources.CreateResourceInput.named(project, env, "bare")).id();
        DeploymentPlanPreview blocked = appaloft.deployments().plan(PlanDeploymentInput.of(project, env, bare, server));
        assertThat(blocked.readiness().status()).isEqualTo("blocked");
        assertThat(blocked.readiness().reasonCodes()).contains("resource-source-missing");
        assertFails(() -> appaloft.deployments().plan(PlanDeploymentInput.of(project, env, "res_missing", server)),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void aDeploymentIsNotAdmittedWhileARuntimeControlActsOnTheResource() {
        String control = dev.appaloft.core.deployments.DeploymentRepository.runtimeLeaseKey(resource);
        assertThat(store.leases().acquire(control, "a-restart", Duration.ofSeconds(30))).isPresent();
        assertFails(() -> appaloft.deployments().create(deploy(null)), ErrorCode.RESOURCE_RUNTIME_BUSY);
        store.leases().release(control, "a-restart");
        String id = appaloft.deployments().create(deploy(null)).id();
        assertThat(appaloft.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(store.leases().acquire(control, "a-restart", Duration.ofSeconds(30)))
                .as("admission released it").isPresent();
    }

    private static DeploymentEventEnvelope envelope(Optional<StreamEvent> event) {
        return (DeploymentEventEnvelope) event.orElseThrow(() -> new AssertionError("no event within the timeout")).data();
    }

    private static List<DeploymentEventEnvelope.Event> events(DeploymentEvents events) {
        return events.envelopes().stream().filter(e -> e.event() != null).map(DeploymentEventEnvelope::event).toList();
    }
}

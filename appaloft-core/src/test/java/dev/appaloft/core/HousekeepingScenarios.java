package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.identity.BootstrapFirstAdminInput;
import dev.appaloft.api.operatorwork.OperatorWorkItem;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.operatorwork.OperatorWorkStatus;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.running.RuntimeControlInput;
import dev.appaloft.api.retention.ConfigureRetentionDefaultInput;
import dev.appaloft.api.retention.RetentionCategory;
import dev.appaloft.api.retention.RetentionScope;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.identity.SignedIn;
import dev.appaloft.core.retention.HousekeepingReport;
import dev.appaloft.core.retention.SystemHousekeeping;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.work.TestWorkKinds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily housekeeping item on one store: it applies each organization's effective retention
 * default (dry run or destructive, as the policy schedules) to domain events, provider job logs,
 * deployment logs and finished work, reports the categories that have no prune yet, and is one
 * item per UTC day whoever enqueues it. The run is driven directly with a clock ten days ahead.
 */
public abstract class HousekeepingScenarios extends RetentionFixture {

    static final String PASSWORD = "a long passphrase";

    @Test
    void housekeepingAppliesEachOrganizationsEffectiveDefaultToTheCategoriesThatExist() throws Exception {
        String other = secondOrganization();
        Appaloft.Session inOther = engine.as(Actor.user("usr_x", other, Actor.Role.OWNER));
        inOther.projects().create(CreateProjectInput.named("theirs"));
        inOther.retentionDefaults().configure(organization(RetentionCategory.DOMAIN_EVENT_STREAMS, 30, true, false));
        inOther.retentionDefaults().configure(organization(RetentionCategory.PROVIDER_JOB_LOGS, 1, false, false));
        for (RetentionCategory category : List.of(RetentionCategory.DOMAIN_EVENT_STREAMS,
                RetentionCategory.DEPLOYMENT_LOGS, RetentionCategory.PROCESS_ATTEMPTS, RetentionCategory.AUDIT_ROWS)) {
            engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null, RetentionScope.SYSTEM, null,
                    category, 1L, null, true, null));
        }
        engine.retentionDefaults().configure(ConfigureRetentionDefaultInput.system(RetentionCategory.PROVIDER_JOB_LOGS,
                1)); // counted only: dry runs are the default
        engine.deployments().create(deploy(null));
        engine.resources().runtime().stop(RuntimeControlInput.of(resource));
        WorkItem finished = engine.enqueue(WorkRequest.of(TestWorkKinds.OK, "{}").withOrganizationId(ORG));
        awaitWork(finished.id(), WorkStatus.SUCCEEDED);
        long auditRows = store.read(r -> r.readStream(dev.appaloft.core.internal.UnitOfWork.AUDIT, 0, 100_000)).size();

        HousekeepingReport report = tenDaysLater().run("2030-01-01");

        assertThat(report.failed()).isFalse();
        assertThat(report.category(RetentionCategory.RUNTIME_MONITORING_SAMPLES).outcome())
                .isEqualTo(HousekeepingReport.NOT_IMPLEMENTED);
        assertThat(report.category(RetentionCategory.RESOURCE_RUNTIME_LOG_ARCHIVES).outcome())
                .isEqualTo(HousekeepingReport.NO_POLICY);
        HousekeepingReport.Organization audits = of(report.category(RetentionCategory.AUDIT_ROWS), ORG);
        assertThat(audits.mode()).isEqualTo("destructive");
        assertThat(audits.pruned()).isPositive().isEqualTo(audits.matched());
        assertThat(audit("audit-events-pruned")).as("the prune leaves its own record").isNotEmpty();
        assertThat(store.read(r -> r.readStream(dev.appaloft.core.internal.UnitOfWork.AUDIT, 0, 100_000)).size())
                .as("the older audit rows are gone").isLessThan((int) auditRows);

        HousekeepingReport.Category events = report.category(RetentionCategory.DOMAIN_EVENT_STREAMS);
        assertThat(events.outcome()).isEqualTo(HousekeepingReport.APPLIED);
        HousekeepingReport.Organization mine = of(events, ORG);
        assertThat(mine.mode()).isEqualTo("destructive");
        assertThat(mine.pruned()).isPositive().isEqualTo(mine.matched());
        assertThat(of(events, other).mode()).as("its own 30-day default wins").isEqualTo("dry-run");
        assertThat(of(events, other).matched()).isZero();
        assertThat(domainEvents(ORG)).extracting(Event::type).as("only what the run wrote after the event prune")
                .containsExactly("domain-events.pruned", "operator-work.pruned");
        assertThat(domainEvents(other)).extracting(Event::type).contains("project.created");

        HousekeepingReport.Organization logs = of(report.category(RetentionCategory.DEPLOYMENT_LOGS), ORG);
        assertThat(logs.mode()).isEqualTo("destructive");
        assertThat(logs.pruned()).isPositive().isEqualTo(logs.matched());
        assertThat(of(report.category(RetentionCategory.PROCESS_ATTEMPTS), ORG).pruned()).isEqualTo(1);
        assertThat(store.work().find(finished.id())).as("the finished item is gone").isEmpty();

        HousekeepingReport.Category jobLogs = report.category(RetentionCategory.PROVIDER_JOB_LOGS);
        assertThat(of(jobLogs, ORG).mode()).isEqualTo("dry-run");
        assertThat(of(jobLogs, ORG).matched()).isEqualTo(1);
        assertThat(of(jobLogs, ORG).pruned()).isZero();
        assertThat(of(jobLogs, other).mode()).isEqualTo("scheduling-disabled");
        long jobLogRows = store.read(r -> r.count(StoreCollections.PROVIDER_JOB_LOGS, DocumentQuery.all()));
        assertThat(jobLogRows).isEqualTo(1);
        assertThat(audit("domain-events.pruned")).as("destructive runs only").hasSize(1);
        assertThat(audit("provider-job-logs.pruned")).isEmpty();
        assertThat(report.safeDetails()).containsEntry("domain-event-streams", "applied")
                .containsEntry("audit-rows", "applied").containsEntry("provider-job-logs.matched", 1L)
                .containsEntry("provider-job-logs.pruned", 0L).doesNotContainValue(other);

        HousekeepingReport again = tenDaysLater().run("2030-01-01");
        assertThat(of(again.category(RetentionCategory.DEPLOYMENT_LOGS), ORG).matched()).as("the logs are gone")
                .isZero();
    }

    @Test
    void theDaysItemIsOneWorkItemAndOperatorWorkShowsWhatItDid() {
        LocalDate day = LocalDate.of(2030, 1, 1);
        WorkItem first = engine.enqueue(SystemHousekeeping.request(day));
        WorkItem again = engine.enqueue(SystemHousekeeping.request(day));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.idempotencyKey()).contains("2030-01-01");
        assertThat(engine.enqueue(SystemHousekeeping.request(day.plusDays(1))).id()).isNotEqualTo(first.id());

        awaitWork(first.id(), WorkStatus.SUCCEEDED);
        OperatorWorkItem shown = engine.operatorWork().show(first.id()).item();
        assertThat(shown.status()).isEqualTo(OperatorWorkStatus.SUCCEEDED);
        assertThat(shown.kind()).isEqualTo(OperatorWorkKind.SYSTEM);
        assertThat(shown.operationKey()).isEqualTo(SystemHousekeeping.OPERATION_KEY);
        assertThat(shown.safeDetails()).containsEntry("housekeepingDate", "2030-01-01")
                .containsEntry("domain-event-streams", "no-policy").containsEntry("audit-rows", "no-policy");
        assertThat(store.work().find(first.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void anEngineEnqueuesTodaysItemWhenItStarts() {
        AppaloftEngine second = AppaloftEngine.builder().store(store, false).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();
        try {
            String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
            WorkItem item = awaitHousekeepingItem();
            assertThat(item.idempotencyKey()).isEqualTo(SystemHousekeeping.KIND + ":" + today);
            assertThat(item.organizationId()).isEqualTo(ORG);
        } finally {
            second.close();
        }
    }

    SystemHousekeeping tenDaysLater() {
        return new SystemHousekeeping(engine, store, Clock.fixed(clock.instant().plus(Duration.ofDays(10)),
                ZoneOffset.UTC));
    }

    WorkItem awaitHousekeepingItem() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<WorkItem> items = store.work().list(WorkFilter.all().kinds(Set.of(SystemHousekeeping.KIND)));
            if (!items.isEmpty()) {
                assertThat(items).hasSize(1);
                return items.get(0);
            }
            assertThat(System.nanoTime()).as("a housekeeping item is enqueued").isLessThan(deadline);
            sleep(20);
        }
    }

    void awaitWork(String id, WorkStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (store.work().find(id).orElseThrow().status() != status) {
            assertThat(System.nanoTime()).as("work %s reaches %s", id, status).isLessThan(deadline);
            sleep(20);
        }
    }

    private String secondOrganization() {
        engine.auth().bootstrapFirstAdmin(BootstrapFirstAdminInput.of("owner@example.com", "Olga Owner", PASSWORD));
        SignedIn owner = engine.authentication().signIn("owner@example.com", PASSWORD, null, null);
        return engine.authentication().createOrganization(engine.authentication().authenticate(owner.token()),
                "Side Project", null);
    }

    private static ConfigureRetentionDefaultInput organization(RetentionCategory category, long days, boolean dryRun,
                                                               boolean destructive) {
        return new ConfigureRetentionDefaultInput(null, RetentionScope.ORGANIZATION, null, category, days, dryRun,
                destructive, null);
    }

    private static HousekeepingReport.Organization of(HousekeepingReport.Category category, String organization) {
        return category.organizations().stream().filter(o -> o.organizationId().equals(organization)).findFirst()
                .orElseThrow(() -> new AssertionError(organization + " is not in " + category));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.running.RuntimeControlInput;
import dev.appaloft.api.retention.DomainEventsPruned;
import dev.appaloft.api.retention.ProviderJobLogsPruned;
import dev.appaloft.api.retention.PruneDomainEventsInput;
import dev.appaloft.api.retention.PruneProviderJobLogsInput;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code domainEvents.prune} and {@code providerJobLogs.prune} through the facade on one store: a
 * dry run (the default) only counts, a destructive run removes exactly the organization's rows
 * before the cutoff, the events of an unfinished deployment are kept, and each destructive run
 * leaves one audit event.
 */
public abstract class RetentionPruneScenarios extends RetentionFixture {

    // ---- domain events

    @Test
    void aDryRunCountsAndADestructiveRunRemovesOnlyTheOrganizationsEventsBeforeTheCutoff() {
        Appaloft.Session other = engine.as(Actor.user("usr_o", "org_other", Actor.Role.OWNER));
        other.projects().create(CreateProjectInput.named("theirs"));
        clock.shift(Duration.ofDays(2));
        Instant cutoff = clock.instant().minus(Duration.ofDays(1));
        engine.projects().create(CreateProjectInput.named("recent"));
        List<Event> old = domainEvents(ORG).stream().filter(e -> e.at().isBefore(cutoff)).toList();
        assertThat(old).hasSizeGreaterThanOrEqualTo(4); // project, environment, resource, server
        Map<String, Long> byType = old.stream().collect(Collectors.groupingBy(Event::type, Collectors.counting()));

        DomainEventsPruned dry = engine.domainEvents().prune(new PruneDomainEventsInput(Timestamps.format(cutoff),
                null, null, null, null, null, null));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.inspectedCount()).isEqualTo(old.size());
        assertThat(dry.candidateCount()).isEqualTo(old.size());
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.skippedCount()).isZero();
        assertThat(dry.countsByEventType()).isEqualTo(byType);
        assertThat(domainEvents(ORG)).as("a dry run removes nothing").hasSize(old.size() + 1);
        assertThat(audit("domain-events.pruned")).as("nor leaves an audit event").isEmpty();

        DomainEventsPruned done = engine.domainEvents().prune(PruneDomainEventsInput.before(Timestamps.format(cutoff),
                false));
        assertThat(done.prunedCount()).isEqualTo(old.size());
        assertThat(done.candidateCount()).isEqualTo(old.size());
        assertThat(domainEvents(ORG)).extracting(Event::type).as("the newer event and the prune's own record stay")
                .containsExactly("project.created", "domain-events.pruned");
        assertThat(domainEvents("org_other")).extracting(Event::type).containsExactly("project.created");
        assertThat(audit("domain-events.pruned")).hasSize(1);
        assertThat(store.read(r -> r.readStream(dev.appaloft.core.internal.UnitOfWork.DOMAIN_EVENTS, 0, 1000)).stream()
                .filter(e -> e.type().equals("domain-events.pruned")).findFirst().orElseThrow().body())
                .as("its event says how many went").contains("\"count\":" + old.size());
    }

    @Test
    void theEventsOfADeploymentThatHasNotFinishedAreKept() throws Exception {
        runtime.hold = new CountDownLatch(1);
        String running = engine.deployments().create(deploy(ExecutionMode.DETACHED)).id();
        awaitStatus(running, DeploymentStatus.RUNNING); // now held while it prepares its artifact
        clock.shift(Duration.ofDays(1));
        String cutoff = Timestamps.format(clock.instant());
        long aboutIt = domainEvents(ORG).stream().filter(e -> e.about(running)).count();
        assertThat(aboutIt).isPositive();

        PruneDomainEventsInput ofIt = new PruneDomainEventsInput(cutoff, null, null, null, running, null, false);
        DomainEventsPruned kept = engine.domainEvents().prune(ofIt);
        assertThat(kept.inspectedCount()).isEqualTo(aboutIt);
        assertThat(kept.candidateCount()).isZero();
        assertThat(kept.prunedCount()).isZero();
        assertThat(kept.skippedCount()).isEqualTo(aboutIt);
        assertThat(kept.skippedCountsByReason()).containsExactly(
                Map.entry(DomainEventsPruned.SKIPPED_DEPLOYMENT_ACTIVE, aboutIt));
        DomainEventsPruned others = engine.domainEvents().prune(PruneDomainEventsInput.before(cutoff, false));
        assertThat(others.prunedCount()).as("the rest of the history goes").isPositive();
        assertThat(others.skippedCount()).isEqualTo(aboutIt);
        assertThat(domainEvents(ORG).stream().filter(e -> e.about(running)).count()).isEqualTo(aboutIt);

        runtime.hold.countDown();
        assertThat(awaitEnd(running)).isEqualTo(DeploymentStatus.SUCCEEDED);
        DomainEventsPruned ended = engine.domainEvents().prune(ofIt);
        assertThat(ended.prunedCount()).as("once it has finished, its old events may go").isEqualTo(aboutIt);
        assertThat(ended.skippedCount()).isZero();
        assertThat(domainEvents(ORG).stream().filter(e -> e.about(running) && e.at().isBefore(Instant.parse(cutoff))))
                .isEmpty();
    }

    @Test
    void filtersAndTheLimitNarrowWhatOneCallTakes() {
        for (int i = 0; i < 3; i++) {
            engine.projects().create(CreateProjectInput.named("more-" + i));
        }
        clock.shift(Duration.ofDays(1));
        String cutoff = Timestamps.format(clock.instant());
        PruneDomainEventsInput projects = new PruneDomainEventsInput(cutoff, null, null, "project", null, null, null);

        assertThat(engine.domainEvents().prune(projects).countsByEventType()).containsExactly(
                Map.entry("project.created", 4L));
        assertThat(engine.domainEvents().prune(new PruneDomainEventsInput(cutoff, "environment.created", null, null,
                null, null, null)).candidateCount()).isEqualTo(1);
        assertThat(engine.domainEvents().prune(new PruneDomainEventsInput(cutoff, null, resource, null, null, null,
                null)).countsByEventType()).containsOnlyKeys("resource-created");

        PruneDomainEventsInput twoAtATime = new PruneDomainEventsInput(cutoff, null, null, "project", null, 2, false);
        DomainEventsPruned first = engine.domainEvents().prune(twoAtATime);
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.candidateCount()).isEqualTo(2);
        assertThat(first.prunedCount()).isEqualTo(2);
        assertThat(engine.domainEvents().prune(twoAtATime).prunedCount()).isEqualTo(2);
        assertThat(engine.domainEvents().prune(twoAtATime).prunedCount()).isZero();
        assertThat(domainEvents(ORG)).extracting(Event::type).doesNotContain("project.created")
                .contains("environment.created", "resource-created");
        assertThat(audit("domain-events.pruned")).as("one per destructive call").hasSize(3);
    }

    @Test
    void badInputNamesItsField() {
        String now = Timestamps.format(clock.instant());
        assertThat(validationFields(() -> engine.domainEvents().prune(PruneDomainEventsInput.before(null, true))))
                .containsExactly("before");
        assertThat(validationFields(() -> engine.domainEvents().prune(PruneDomainEventsInput.before("soon", false))))
                .containsExactly("before");
        assertThat(validationFields(() -> engine.domainEvents().prune(new PruneDomainEventsInput(now, null, null, null,
                null, 0, false)))).containsExactly("limit");
        assertThat(validationFields(() -> engine.domainEvents().prune(new PruneDomainEventsInput(now, " ", null, null,
                null, 10_001, false)))).containsExactly("eventType", "limit");
        assertThat(validationFields(() -> engine.providerJobLogs().prune(PruneProviderJobLogsInput.before("", false))))
                .containsExactly("before");
        assertThat(audit("domain-events.pruned")).isEmpty();
        assertThat(audit("provider-job-logs.pruned")).isEmpty();
    }

    // ---- provider job logs

    @Test
    void runtimeControlsWriteProviderJobLogsThatPruneTakesByCutoffAndFilter() {
        String deployment = engine.deployments().create(deploy(null)).id();
        engine.resources().runtime().stop(RuntimeControlInput.of(resource));
        engine.resources().runtime().start(RuntimeControlInput.of(resource));
        clock.shift(Duration.ofDays(2));
        engine.resources().runtime().restart(RuntimeControlInput.of(resource));
        String cutoff = Timestamps.format(clock.instant().minus(Duration.ofDays(1)));
        assertThat(rows()).extracting(d -> d.index().text("provider_key")).containsOnly("local-shell").hasSize(3);
        assertThat(rows()).extracting(Document::body).allMatch(b -> b.contains("\"deploymentId\":\"" + deployment + "\""))
                .anyMatch(b -> b.contains("runtime-stop succeeded"));

        ProviderJobLogsPruned dry = engine.providerJobLogs().prune(PruneProviderJobLogsInput.before(cutoff, true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(2);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.countsByProviderKey()).containsExactly(Map.entry("local-shell", 2L));
        assertThat(matched(new PruneProviderJobLogsInput(cutoff, deployment, "local-shell", resource, server, null)))
                .isEqualTo(2);
        assertThat(matched(new PruneProviderJobLogsInput(cutoff, null, null, null, "srv_elsewhere", null))).isZero();
        assertThat(matched(new PruneProviderJobLogsInput(cutoff, null, "generic-ssh", null, null, null))).isZero();
        assertThat(engine.as(Actor.user("usr_o", "org_other", Actor.Role.OWNER)).providerJobLogs()
                .prune(PruneProviderJobLogsInput.before(cutoff, false)).prunedCount()).as("another organization's").isZero();
        assertThat(rows()).hasSize(3);

        ProviderJobLogsPruned done = engine.providerJobLogs().prune(PruneProviderJobLogsInput.before(cutoff, false));
        assertThat(done.prunedCount()).isEqualTo(2);
        assertThat(done.matchedCount()).isEqualTo(2);
        assertThat(done.countsByProviderKey()).containsExactly(Map.entry("local-shell", 2L));
        assertThat(rows()).extracting(Document::body).singleElement().asString().contains("runtime-restart succeeded");
        assertThat(audit("provider-job-logs.pruned")).as("one per destructive call, either organization").hasSize(2);
    }

    private long matched(PruneProviderJobLogsInput input) {
        return engine.providerJobLogs().prune(input).matchedCount();
    }

    private List<Document> rows() {
        return store.read(r -> r.query(StoreCollections.PROVIDER_JOB_LOGS, DocumentQuery.all()));
    }
}

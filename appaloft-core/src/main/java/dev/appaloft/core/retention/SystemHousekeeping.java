package dev.appaloft.core.retention;

import static dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_PRUNE_LOGS;
import static dev.appaloft.api.catalog.GovernanceOperations.DOMAIN_EVENTS_PRUNE;
import static dev.appaloft.api.catalog.GovernanceOperations.PROVIDER_JOB_LOGS_PRUNE;
import static dev.appaloft.api.catalog.OperatorWorkOperations.OPERATOR_WORK_PRUNE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.PruneDeploymentsInput;
import dev.appaloft.api.deployments.PrunedDeploymentLogs;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.operatorwork.OperatorWorkPruned;
import dev.appaloft.api.operatorwork.PruneOperatorWorkInput;
import dev.appaloft.api.retention.DomainEventsPruned;
import dev.appaloft.api.retention.ProviderJobLogsPruned;
import dev.appaloft.api.retention.PruneDomainEventsInput;
import dev.appaloft.api.retention.PruneProviderJobLogsInput;
import dev.appaloft.api.retention.RetentionCategory;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.work.WorkFailure;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily housekeeping work item: applies each organization's effective retention default (its
 * own, else the instance's) to the categories that have a prune here. A policy that schedules dry
 * runs only counts; one that schedules destructive runs prunes. Each prune runs through the same
 * handler as its manual operation, as a system actor of that organization, so it guards what they
 * guard (nothing unfinished goes) and leaves the same audit event. One item per UTC day: its
 * idempotency key holds the date, so every control-plane process on one store can enqueue it.
 */
public final class SystemHousekeeping {

    public static final String KIND = "system-housekeeping";
    public static final String OPERATION_KEY = "system.housekeeping";
    /**
     * Categories without a prune here, reported as not implemented and never touched: monitoring
     * samples age out by the sampler's own raw and rollup retention.
     */
    static final Set<RetentionCategory> NOT_IMPLEMENTED = EnumSet.of(RetentionCategory.RUNTIME_MONITORING_SAMPLES);
    private static final Logger LOG = LoggerFactory.getLogger(SystemHousekeeping.class);
    private static final int ORGANIZATION_PAGE = 200;

    private final Appaloft appaloft;
    private final Store store;
    private final Clock clock;

    public SystemHousekeeping(Appaloft appaloft, Store store, Clock clock) {
        this.appaloft = appaloft;
        this.store = store;
        this.clock = clock;
    }

    /** Registers the kind (and what {@code operatorWork.show} tells of its items) with an engine's kinds. */
    public static SystemHousekeeping register(WorkKinds kinds, Appaloft appaloft, Store store, Clock clock) {
        SystemHousekeeping housekeeping = new SystemHousekeeping(appaloft, store, clock);
        kinds.register(housekeeping.kind());
        kinds.describe(KIND, HousekeepingReports::details);
        return housekeeping;
    }

    public WorkKind kind() {
        return new WorkKind(KIND, OperatorWorkKind.SYSTEM, OPERATION_KEY,
                new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofHours(1)), this::handle);
    }

    /** The day's item, in the instance's own organization (whose operators see it in operatorWork). */
    public static WorkRequest request(LocalDate day) {
        return WorkRequest.of(KIND, Json.write(Map.of("date", day.toString())))
                .withIdempotencyKey(KIND + ":" + day).withOrganizationId(Actor.SELF_HOSTED_ORGANIZATION);
    }

    /**
     * A task to run every few minutes: enqueues the current UTC day's item the first time it sees
     * that day (at start, then after each midnight). Enqueueing again the same day is harmless.
     */
    public Runnable daily(Function<WorkRequest, WorkItem> enqueue) {
        AtomicReference<LocalDate> done = new AtomicReference<>();
        return () -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (today.equals(done.get())) {
                return;
            }
            try {
                WorkItem item = enqueue.apply(request(today));
                done.set(today);
                LOG.debug("housekeeping of {} is work item {}", today, item.id());
            } catch (RuntimeException e) {
                LOG.warn("could not enqueue the housekeeping of {}: {}", today, e.toString());
            }
        };
    }

    void handle(WorkItem item) throws WorkFailure {
        JsonNode date = Json.read(item.payload(), JsonNode.class).get("date");
        HousekeepingReport report = run(date == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString()
                : date.asText());
        HousekeepingReports.save(store, item.id(), report, clock.instant());
        if (report.failed()) {
            throw new WorkFailure("prune", "housekeeping_incomplete",
                    "the prune of some categories failed; the run is retried", true);
        }
    }

    /** Applies every category's policies now and says what happened; {@code date} labels the run. */
    public HousekeepingReport run(String date) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<String> organizations = organizations();
        List<HousekeepingReport.Category> categories = new ArrayList<>();
        for (RetentionCategory category : RetentionCategory.values()) {
            if (NOT_IMPLEMENTED.contains(category)) {
                categories.add(new HousekeepingReport.Category(category, HousekeepingReport.NOT_IMPLEMENTED, List.of()));
                continue;
            }
            List<HousekeepingReport.Organization> runs = new ArrayList<>();
            for (String organization : organizations) {
                store.read(r -> RetentionDefaultsHandlers.effective(r, organization, category))
                        .ifPresent(policy -> runs.add(apply(date, category, organization, policy, now)));
            }
            String outcome = runs.isEmpty() ? HousekeepingReport.NO_POLICY
                    : runs.stream().anyMatch(o -> "failed".equals(o.mode())) ? HousekeepingReport.FAILED
                    : HousekeepingReport.APPLIED;
            categories.add(new HousekeepingReport.Category(category, outcome, runs));
        }
        LOG.info("housekeeping {}: {} not implemented yet, skipped", date,
                NOT_IMPLEMENTED.stream().map(RetentionCategory::wire).sorted().toList());
        return new HousekeepingReport(date, Timestamps.format(now), categories);
    }

    private HousekeepingReport.Organization apply(String date, RetentionCategory category, String organization,
                                                  StoredRetentionPolicy policy, Instant now) {
        String before = Timestamps.format(now.minus(Duration.ofDays(Math.min(policy.retentionDays(), 1_000_000))));
        if (!policy.dryRunSchedulingEnabled() && !policy.destructiveSchedulingEnabled()) {
            return new HousekeepingReport.Organization(organization, "scheduling-disabled", before, 0, 0, 0, null);
        }
        boolean dryRun = !policy.destructiveSchedulingEnabled();
        Actor actor = new Actor(Actor.Kind.SYSTEM, KIND, organization, Actor.Role.OWNER);
        HousekeepingReport.Organization result;
        try {
            result = prune(category, organization, actor, before, dryRun);
        } catch (AppaloftException e) {
            result = new HousekeepingReport.Organization(organization, "failed", before, 0, 0, 0, e.code().code());
        } catch (RuntimeException e) {
            result = new HousekeepingReport.Organization(organization, "failed", before, 0, 0, 0, "unexpected_error");
        }
        LOG.info("housekeeping {}: {} of {}: {} before {}: {} matched, {} pruned, {} kept{}", date, category.wire(),
                organization, result.mode(), before, result.matched(), result.pruned(), result.skipped(),
                result.errorCode() == null ? "" : " (" + result.errorCode() + ")");
        return result;
    }

    private HousekeepingReport.Organization prune(RetentionCategory category, String organization, Actor actor,
                                                  String before, boolean dryRun) {
        String mode = dryRun ? "dry-run" : "destructive";
        return switch (category) {
            case DOMAIN_EVENT_STREAMS -> {
                DomainEventsPruned out = appaloft.execute(DOMAIN_EVENTS_PRUNE,
                        PruneDomainEventsInput.before(before, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.candidateCount(),
                        out.prunedCount(), out.skippedCount(), null);
            }
            case PROVIDER_JOB_LOGS -> {
                ProviderJobLogsPruned out = appaloft.execute(PROVIDER_JOB_LOGS_PRUNE,
                        PruneProviderJobLogsInput.before(before, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.matchedCount(),
                        out.prunedCount(), 0, null);
            }
            case DEPLOYMENT_LOGS -> {
                PrunedDeploymentLogs out = appaloft.execute(DEPLOYMENTS_PRUNE_LOGS,
                        new PruneDeploymentsInput(before, null, null, null, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.matchedCount(),
                        out.prunedCount(), 0, null);
            }
            case PROCESS_ATTEMPTS -> {
                OperatorWorkPruned out = appaloft.execute(OPERATOR_WORK_PRUNE,
                        new PruneOperatorWorkInput(before, null, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.matchedCount(),
                        out.prunedCount(), 0, null);
            }
            case AUDIT_ROWS -> {
                // legal holds and archives that keep their rows are honoured by the prune itself
                dev.appaloft.api.audit.AuditEventsPruned out = appaloft.execute(
                        dev.appaloft.api.catalog.GovernanceOperations.AUDIT_EVENTS_PRUNE,
                        dev.appaloft.api.audit.PruneAuditEventsInput.before(before, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.matchedCount(),
                        out.prunedCount(), out.heldCount() + out.archiveRetainedCount(), null);
            }
            case RESOURCE_RUNTIME_LOG_ARCHIVES -> {
                dev.appaloft.api.logarchives.RuntimeLogArchivesPruned out = appaloft.execute(
                        dev.appaloft.api.catalog.ResourceOperations.RESOURCES_LOG_ARCHIVES_PRUNE,
                        dev.appaloft.api.logarchives.PruneRuntimeLogArchivesInput.before(before, dryRun), actor);
                yield new HousekeepingReport.Organization(organization, mode, before, out.matchedCount(),
                        out.prunedCount(), 0, null);
            }
            default -> throw new IllegalStateException(category.wire() + " has no prune");
        };
    }

    /** The instance's organization and every stored one, read a page at a time. */
    private List<String> organizations() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Actor.SELF_HOSTED_ORGANIZATION);
        DocumentQuery page = DocumentQuery.all().limit(ORGANIZATION_PAGE);
        while (true) {
            DocumentQuery current = page;
            List<Document> found = store.read(r -> r.query(StoreCollections.ORGANIZATIONS, current));
            found.forEach(d -> ids.add(d.id()));
            if (found.size() < ORGANIZATION_PAGE) {
                return List.copyOf(ids);
            }
            Document last = found.get(found.size() - 1);
            page = DocumentQuery.all().limit(ORGANIZATION_PAGE).after(last.createdAt(), last.id());
        }
    }

    /** The report of a finished run, if it is still kept (for tests and tools). */
    public Optional<HousekeepingReport> report(String workId) {
        return store.read(r -> HousekeepingReports.find(r, workId));
    }
}

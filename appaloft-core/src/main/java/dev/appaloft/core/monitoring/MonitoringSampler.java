package dev.appaloft.core.monitoring;

import dev.appaloft.api.Actor;
import dev.appaloft.api.monitoring.ThresholdsShown;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sampler: each pass reads every active server this control plane has a runtime
 * for (host figures and each running container of its deployments), stores the readings, turns
 * raw samples past their retention into hourly rollups, and evaluates the threshold policies of
 * the organizations it read. A policy whose state becomes warning or critical (or ok again)
 * records one event and audit entry, as the system actor of its organization.
 */
public final class MonitoringSampler {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringSampler.class);
    private static final int SERVER_PAGE = 10_000;
    private static final int COMPACT_BATCH = 5_000;

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final MonitoringSettings settings;
    /** The last pass's time: a pass is stamped at least a millisecond later, so passes never merge in a rollup. */
    private Instant lastPass = Instant.EPOCH;

    MonitoringSampler(CoreContext ctx, DeploymentRuntimes runtimes, MonitoringSettings settings) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.settings = settings;
    }

    /** What the scheduler runs: a pass that logs instead of throwing. */
    public Runnable tick() {
        return () -> {
            try {
                sample();
            } catch (RuntimeException e) {
                LOG.warn("a runtime monitoring pass failed: {}", e.toString());
            }
        };
    }

    /** One pass now; returns how many samples it stored. */
    public int sample() {
        Instant at = passTime();
        List<Server> servers = ctx.read(r -> ServerRepository.active(r, SERVER_PAGE));
        int stored = 0;
        Set<String> organizations = new LinkedHashSet<>();
        for (Server server : servers) {
            if (server.lifecycleStatus() != ServerLifecycleStatus.ACTIVE) {
                continue;
            }
            Collector.Reading reading = Collector.read(ctx, runtimes, server, at);
            if (reading.error() != null) {
                LOG.info("runtime monitoring could not read server {}: {}", server.id(), reading.error());
                continue;
            }
            if (reading.unsupported()) {
                continue;
            }
            List<SampleRecord> all = new ArrayList<>(reading.containers());
            all.add(0, reading.host());
            ctx.store().transaction(tx -> {
                for (SampleRecord s : all) {
                    Samples.REPO.insert(tx, s, reading.observedAt());
                }
                return null;
            });
            stored += all.size();
            organizations.add(server.organizationId());
        }
        compact();
        organizations.forEach(this::evaluate);
        return stored;
    }

    private synchronized Instant passTime() {
        Instant now = ctx.now().truncatedTo(ChronoUnit.MILLIS); // the stores keep milliseconds
        lastPass = now.isAfter(lastPass) ? now : lastPass.plusMillis(1);
        return lastPass;
    }

    /** Raw samples past the raw retention become hourly averages per series; rollups past theirs go. */
    void compact() {
        Instant now = ctx.now();
        long rawCutoff = now.minus(settings.rawRetention()).truncatedTo(ChronoUnit.HOURS).toEpochMilli();
        List<Versioned<SampleRecord>> old = ctx.read(r -> Samples.REPO.query(r, DocumentQuery.where(
                DocumentIndex.NONE.with("resolution", SampleRecord.RAW)).below(Samples.OBSERVED_AT_MS, rawCutoff)
                .limit(COMPACT_BATCH)));
        long rollupCutoff = now.minus(settings.rollupRetention()).toEpochMilli();
        List<Versioned<SampleRecord>> expired = ctx.read(r -> Samples.REPO.query(r, DocumentQuery.where(
                DocumentIndex.NONE.with("resolution", SampleRecord.HOUR)).below(Samples.OBSERVED_AT_MS, rollupCutoff)
                .limit(COMPACT_BATCH)));
        if (old.isEmpty() && expired.isEmpty()) {
            return;
        }
        Map<String, List<SampleRecord>> groups = old.stream().map(Versioned::value).collect(Collectors.groupingBy(
                s -> s.seriesKey() + "@" + s.observedAt().truncatedTo(ChronoUnit.HOURS), LinkedHashMap::new,
                Collectors.toList()));
        ctx.store().transaction(tx -> {
            for (List<SampleRecord> group : groups.values()) {
                SampleRecord first = group.get(0);
                Instant hour = first.observedAt().truncatedTo(ChronoUnit.HOURS);
                var averaged = Totals.build(Totals.average(group.stream().map(s -> Totals.flat(s.totals())).toList()),
                        Totals.SIGNALS);
                Samples.REPO.insert(tx, new SampleRecord(Ids.next("rms"), first.organizationId(), first.kind(),
                        SampleRecord.HOUR, first.serverId(), first.projectId(), first.environmentId(), first.resourceId(),
                        first.deploymentId(), first.runtimeId(), first.providerKey(), hour, now,
                        group.stream().mapToLong(SampleRecord::sampleCount).sum(), averaged,
                        group.stream().anyMatch(SampleRecord::partial), List.of()), now);
            }
            old.forEach(s -> Samples.REPO.delete(tx, s));
            expired.forEach(s -> Samples.REPO.delete(tx, s));
            return null;
        });
    }

    private void evaluate(String organizationId) {
        Instant now = ctx.now();
        for (ThresholdRecord policy : ctx.read(r -> ThresholdHandlers.enabled(r, organizationId))) {
            ThresholdsShown.Evaluation e = ctx.read(r -> ThresholdEvaluation.evaluate(r, policy, now, now,
                    settings.staleAfter()));
            String state = e.state();
            boolean judged = state.equals(ThresholdEvaluation.OK) || state.equals(ThresholdEvaluation.WARNING)
                    || state.equals(ThresholdEvaluation.CRITICAL);
            String last = policy.lastState() == null ? ThresholdEvaluation.OK : policy.lastState();
            if (!judged || state.equals(last)) {
                continue;
            }
            record(policy, e);
        }
    }

    private void record(ThresholdRecord policy, ThresholdsShown.Evaluation e) {
        Actor system = new Actor(Actor.Kind.SYSTEM, "runtime-monitoring", policy.organizationId(), Actor.Role.OWNER);
        try {
            ctx.command(system, "runtimeMonitoring.thresholdEvaluate", uow -> {
                Versioned<ThresholdRecord> current = ThresholdHandlers.POLICIES.find(uow.tx(), policy.id()).orElse(null);
                if (current == null || !current.value().enabled()) {
                    return null;
                }
                ThresholdHandlers.POLICIES.update(uow.tx(), current, current.value().withLastState(e.state()), uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("scopeKind", policy.scope().kind());
                payload.put("scopeId", policy.scope().id());
                payload.put("state", e.state());
                payload.put("previousState", policy.lastState() == null ? ThresholdEvaluation.OK : policy.lastState());
                payload.put("sampleId", e.sourceSampleId());
                payload.put("crossed", e.crossed().stream().map(c -> Map.of("ruleId", c.ruleId(), "signal", c.signal(),
                        "metric", c.metric(), "severity", c.severity(), "observedValue", c.observedValue(),
                        "boundary", c.boundary())).toList());
                uow.event(e.state().equals(ThresholdEvaluation.OK) ? "runtime-monitoring.threshold-cleared"
                        : "runtime-monitoring.threshold-crossed", policy.id(), payload);
                return null;
            });
        } catch (RuntimeException ex) {
            LOG.warn("the threshold crossing of policy {} could not be recorded: {}", policy.id(), ex.toString());
        }
    }
}

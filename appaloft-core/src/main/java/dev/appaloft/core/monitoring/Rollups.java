package dev.appaloft.core.monitoring;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.monitoring.MonitoringRollup;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Buckets of samples: in each bucket the readings of one sampler pass are added up (a project's
 * resources together), then the passes are averaged. An hourly rollup counts as one pass that
 * stands for its {@code sampleCount} readings.
 */
final class Rollups {

    static final int MAX_POINTS = 1440;
    static final int MAX_SAMPLES = 50_000;
    private static final int TOP = 5;

    record Result(List<MonitoringRollup.Series> series, UsageTotals totals) {
    }

    private Rollups() {
    }

    static Duration bucket(Validation v, String bucket) {
        if (bucket == null) {
            v.required("bucket", null);
            return null;
        }
        return switch (bucket) {
            case "minute" -> Duration.ofMinutes(1);
            case "five-minute" -> Duration.ofMinutes(5);
            case "hour" -> Duration.ofHours(1);
            default -> {
                v.check(false, "bucket", "bucket must be minute, five-minute or hour");
                yield null;
            }
        };
    }

    static Result of(List<SampleRecord> samples, Duration bucket, List<String> signals) {
        long size = bucket.toMillis();
        Map<Long, List<SampleRecord>> byBucket = new TreeMap<>();
        for (SampleRecord s : samples) {
            long start = Math.floorDiv(s.observedAt().toEpochMilli(), size) * size;
            byBucket.computeIfAbsent(start, k -> new ArrayList<>()).add(s);
        }
        Map<Long, Map<String, Double>> averages = new LinkedHashMap<>();
        Map<Long, Long> counts = new LinkedHashMap<>();
        List<Map<String, Double>> allPasses = new ArrayList<>();
        byBucket.forEach((start, inBucket) -> {
            List<Map<String, Double>> passes = passes(inBucket);
            allPasses.addAll(passes);
            averages.put(start, Totals.average(passes));
            counts.put(start, inBucket.stream().mapToLong(SampleRecord::sampleCount).sum());
        });
        List<MonitoringRollup.Series> series = new ArrayList<>();
        for (String signal : signals) {
            List<MonitoringRollup.Point> points = new ArrayList<>();
            averages.forEach((start, avg) -> points.add(new MonitoringRollup.Point(
                    Timestamps.format(Instant.ofEpochMilli(start)), Timestamps.format(Instant.ofEpochMilli(start + size)),
                    counts.get(start), Totals.build(avg, List.of(signal)))));
            series.add(new MonitoringRollup.Series(signal, points));
        }
        return new Result(series, Totals.build(Totals.average(allPasses), signals));
    }

    /** The readings of each sampler pass (one observation time) added up. */
    static List<Map<String, Double>> passes(List<SampleRecord> samples) {
        return samples.stream().collect(Collectors.groupingBy(SampleRecord::observedAt, TreeMap::new,
                        Collectors.mapping(SampleRecord::totals, Collectors.toList())))
                .values().stream().map(Totals::together).toList();
    }

    /** The resources that used the most CPU of a server, project or environment in the window. */
    static List<MonitoringRollup.Contributor> topContributors(StoreReader r, String organizationId,
                                                              MonitoringScope scope, List<SampleRecord> found,
                                                              Instant[] window, List<String> resolutions,
                                                              List<String> signals) {
        if (scope.kind().equals("resource") || scope.kind().equals("deployment")) {
            return List.of();
        }
        List<SampleRecord> containers = scope.kind().equals("server")
                ? Samples.window(r, DocumentIndex.ofOrganization(organizationId).with("kind", SampleRecord.CONTAINER)
                        .with(IndexFields.SERVER_ID, scope.id()), window[0], window[1], resolutions, MAX_SAMPLES)
                : found;
        Map<String, List<SampleRecord>> byResource = containers.stream()
                .collect(Collectors.groupingBy(SampleRecord::resourceId));
        List<MonitoringRollup.Contributor> out = new ArrayList<>();
        byResource.forEach((resource, samples) -> out.add(new MonitoringRollup.Contributor(
                MonitoringScope.resource(resource), Totals.build(Totals.average(passes(samples)), signals),
                samples.stream().mapToLong(SampleRecord::sampleCount).sum())));
        out.sort(Comparator.comparing((MonitoringRollup.Contributor c) -> c.totals().cpu() == null
                || c.totals().cpu().containerCpuPercent() == null ? 0 : c.totals().cpu().containerCpuPercent()).reversed());
        return out.size() > TOP ? List.copyOf(out.subList(0, TOP)) : out;
    }

    /** The deployments of the scope created in the window: markers in time, never causes. */
    static List<MonitoringRollup.DeploymentMarker> markers(StoreReader r, String organizationId, MonitoringScope scope,
                                                           Instant[] window) {
        DocumentIndex where = DocumentIndex.ofOrganization(organizationId);
        List<Deployment> deployments;
        if (scope.kind().equals("deployment")) {
            deployments = DeploymentRepository.find(r, organizationId, scope.id()).map(d -> List.of(d.value()))
                    .orElse(List.of());
        } else {
            String field = switch (scope.kind()) {
                case "server" -> IndexFields.SERVER_ID;
                case "project" -> IndexFields.PROJECT_ID;
                case "environment" -> IndexFields.ENVIRONMENT_ID;
                default -> IndexFields.RESOURCE_ID;
            };
            deployments = DeploymentRepository.list(r, DocumentQuery.where(where.with(field, scope.id()))
                    .after(window[0], "").createdBefore(window[1]).limit(200));
        }
        return deployments.stream()
                .filter(d -> !d.createdAt().isBefore(window[0]) && d.createdAt().isBefore(window[1]))
                .map(d -> new MonitoringRollup.DeploymentMarker(d.id(), d.resourceId(), d.environmentId(),
                        Timestamps.format(d.createdAt()), Json.wire(d.status()), "deployment " + d.id(), "time"))
                .toList();
    }
}

package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stored samples and the reads monitoring makes of them (always by index, in the store). */
final class Samples {

    static final String DEPLOYMENT_ID = "deployment_id";
    static final String OBSERVED_AT_MS = "observed_at_ms";

    static final Repository<SampleRecord> REPO = Repository.of(StoreCollections.MONITORING_SAMPLES, SampleRecord.class)
            .id(SampleRecord::id).createdAt(SampleRecord::observedAt).organization(SampleRecord::organizationId)
            .index(s -> DocumentIndex.NONE.with(IndexFields.SERVER_ID, s.serverId())
                    .with(IndexFields.PROJECT_ID, s.projectId()).with(IndexFields.ENVIRONMENT_ID, s.environmentId())
                    .with(IndexFields.RESOURCE_ID, s.resourceId()).with(DEPLOYMENT_ID, s.deploymentId())
                    .with("kind", s.kind()).with("resolution", s.resolution())
                    .with(OBSERVED_AT_MS, s.observedAt().toEpochMilli()))
            .build();

    private Samples() {
    }

    /**
     * The samples that speak for a scope: a server's host samples; the container samples of a
     * project, environment, resource or deployment.
     */
    static DocumentIndex of(String organizationId, MonitoringScope scope) {
        DocumentIndex org = DocumentIndex.ofOrganization(organizationId);
        return switch (scope.kind()) {
            case "server" -> org.with("kind", SampleRecord.HOST).with(IndexFields.SERVER_ID, scope.id());
            case "project" -> org.with("kind", SampleRecord.CONTAINER).with(IndexFields.PROJECT_ID, scope.id());
            case "environment" -> org.with("kind", SampleRecord.CONTAINER).with(IndexFields.ENVIRONMENT_ID, scope.id());
            case "resource" -> org.with("kind", SampleRecord.CONTAINER).with(IndexFields.RESOURCE_ID, scope.id());
            default -> org.with("kind", SampleRecord.CONTAINER).with(DEPLOYMENT_ID, scope.id());
        };
    }

    /** Samples of {@code where} observed in [from, to] (a pass taken this millisecond counts), of the given resolutions, oldest first, at most {@code limit} (the newest). */
    static List<SampleRecord> window(StoreReader r, DocumentIndex where, Instant from, Instant to,
                                     List<String> resolutions, int limit) {
        List<SampleRecord> newest = REPO.values(r, DocumentQuery.where(where).anyOf("resolution", resolutions)
                .atLeast(OBSERVED_AT_MS, from.toEpochMilli()).below(OBSERVED_AT_MS, to.toEpochMilli() + 1)
                .newestFirst().limit(limit));
        List<SampleRecord> ordered = new ArrayList<>(newest);
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    /** The newest raw samples of {@code where} taken at one time (one sampler pass), newest pass first. */
    static List<SampleRecord> latestPass(StoreReader r, DocumentIndex where, Instant before) {
        List<SampleRecord> newest = REPO.values(r, DocumentQuery.where(where.with("resolution", SampleRecord.RAW))
                .below(OBSERVED_AT_MS, before.toEpochMilli() + 1).newestFirst().limit(500));
        if (newest.isEmpty()) {
            return List.of();
        }
        Instant at = newest.get(0).observedAt();
        return newest.stream().filter(s -> s.observedAt().equals(at)).toList();
    }

    /** The oldest and newest observation the store holds for {@code where} (either null when none). */
    static Instant[] span(StoreReader r, DocumentIndex where) {
        List<SampleRecord> oldest = REPO.values(r, DocumentQuery.where(where).limit(1));
        List<SampleRecord> newest = REPO.values(r, DocumentQuery.where(where).newestFirst().limit(1));
        return new Instant[] {oldest.isEmpty() ? null : oldest.get(0).observedAt(),
                newest.isEmpty() ? null : newest.get(0).observedAt()};
    }
}

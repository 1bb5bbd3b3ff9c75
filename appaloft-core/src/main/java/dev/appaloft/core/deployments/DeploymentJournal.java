package dev.appaloft.core.deployments;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.DeploymentEventEnvelope;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.time.Instant;
import java.util.List;

/**
 * A deployment's events, in the order they happened: an append-only stream per deployment, written
 * in the same transaction as the status change it reports, so a replay and a live follower (on any
 * control-plane process) see exactly what was stored. The sequence number is the stream's, and the
 * cursor a client resumes from is {@code <deploymentId>:<sequence>}.
 */
final class DeploymentJournal {

    static final String DOMAIN_EVENT = "domain-event";
    static final String PROGRESS = "progress-projection";

    /** What one event says; stored as the record body, the sequence and time come from the stream. */
    record Entry(String eventType, String source, DeploymentPhase phase, String status, Boolean retriable,
                 String summary) {
    }

    private DeploymentJournal() {
    }

    static String stream(String deploymentId) {
        return "deployment-events:" + deploymentId;
    }

    static void record(StoreTransaction tx, String deploymentId, Instant at, Entry entry) {
        tx.append(stream(deploymentId), new StreamEntry(entry.eventType(), Json.write(entry), at));
    }

    /** The event that reports a move to {@code status}; {@code failure} is set when it failed. */
    static Entry forStatus(Deployment after) {
        DeploymentStatus status = after.status();
        Deployment.Failure failure = after.failure();
        return switch (status) {
            case CREATED -> new Entry("deployment-requested", DOMAIN_EVENT, null, status.wire(), null,
                    "deployment requested (" + (after.triggerKind() == null ? "create" : after.triggerKind()) + ")");
            case PLANNING -> new Entry("deployment-progress", PROGRESS, DeploymentPhase.PLAN, status.wire(), null,
                    "planning");
            case PLANNED -> new Entry("deployment-progress", PROGRESS, DeploymentPhase.PLAN, status.wire(), null,
                    "planned: " + after.plan().detectSummary());
            case RUNNING -> new Entry("deployment-started", DOMAIN_EVENT, null, status.wire(), null,
                    "deployment started");
            case CANCEL_REQUESTED -> new Entry("deployment-progress", PROGRESS, null, status.wire(), null,
                    "cancel requested");
            case SUCCEEDED -> new Entry("deployment-succeeded", DOMAIN_EVENT, DeploymentPhase.VERIFY, status.wire(),
                    null, after.url() == null ? "deployment succeeded" : "deployment succeeded; the app answers at "
                    + after.url());
            case CANCELED -> new Entry("deployment-progress", PROGRESS, null, status.wire(), null,
                    "deployment canceled");
            case FAILED, ROLLED_BACK -> new Entry("deployment-failed", DOMAIN_EVENT,
                    failure == null ? null : failure.phase(), status.wire(), failure != null && failure.retryable(),
                    failure == null ? "deployment " + status.wire() : failure.code() + ": " + failure.message());
        };
    }

    static String cursor(String deploymentId, long sequence) {
        return deploymentId + ":" + sequence;
    }

    /** The sequence a cursor points at; a cursor of another deployment or a malformed one is the caller's error. */
    static long sequenceOf(String deploymentId, String cursor) {
        String prefix = deploymentId + ":";
        if (cursor.startsWith(prefix)) {
            try {
                long seq = Long.parseLong(cursor.substring(prefix.length()));
                if (seq >= 0) {
                    return seq;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw AppaloftException.validation("cursor", "not a cursor of deployment " + deploymentId
                + " (expected " + prefix + "<sequence>)");
    }

    static List<DeploymentEventEnvelope.Event> read(StoreReader reader, String deploymentId, long afterSeq, int limit) {
        return reader.readStream(stream(deploymentId), afterSeq, limit).stream()
                .map(r -> toEvent(deploymentId, r)).toList();
    }

    static long head(StoreReader reader, String deploymentId) {
        return reader.streamHead(stream(deploymentId));
    }

    static DeploymentEventEnvelope.Event toEvent(String deploymentId, StreamRecord record) {
        Entry e = Json.read(record.body(), Entry.class);
        return new DeploymentEventEnvelope.Event(deploymentId, record.seq(), cursor(deploymentId, record.seq()),
                Timestamps.format(record.at()), e.source(), e.eventType(), e.phase(), e.status(), e.retriable(),
                e.summary());
    }
}

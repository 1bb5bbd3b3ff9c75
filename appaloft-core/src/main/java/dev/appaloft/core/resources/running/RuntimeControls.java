package dev.appaloft.core.resources.running;

import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runtime control attempts of a resource: an append-only stream per resource. An attempt is
 * appended when it starts ({@code running}) and again when it ends, so the newest record of an
 * attempt is its state, and the stream's last record is the resource's latest control.
 */
public final class RuntimeControls {

    /** How far back a repeated idempotency key is recognized. */
    private static final int IDEMPOTENCY_WINDOW = 50;

    private RuntimeControls() {
    }

    /** An attempt with what it acted on and why. */
    record Recorded(RuntimeControlAttempt attempt, String deploymentId, String idempotencyKey, String reason) {
    }

    static String stream(String resourceId) {
        return "resource-runtime-controls:" + resourceId;
    }

    /** The resource's latest runtime control, for lists, show and health. */
    public static Optional<RuntimeControlAttempt> latestAttempt(StoreReader reader, String resourceId) {
        return latest(reader, resourceId).map(Recorded::attempt);
    }

    /** The latest attempt of each resource that has one, by resource id, in one read. */
    public static java.util.Map<String, RuntimeControlAttempt> latestAttempts(StoreReader reader,
                                                                             java.util.Collection<String> resourceIds) {
        java.util.Map<String, StreamRecord> last = reader.lastRecords(resourceIds.stream().map(RuntimeControls::stream)
                .toList());
        java.util.Map<String, RuntimeControlAttempt> latest = new java.util.HashMap<>();
        for (String resourceId : resourceIds) {
            StreamRecord record = last.get(stream(resourceId));
            if (record != null) {
                latest.put(resourceId, read(record).attempt());
            }
        }
        return latest;
    }

    static Optional<Recorded> latest(StoreReader reader, String resourceId) {
        long head = reader.streamHead(stream(resourceId));
        if (head == 0) {
            return Optional.empty();
        }
        return reader.readStream(stream(resourceId), head - 1, 1).stream().findFirst().map(RuntimeControls::read);
    }

    /** The newest state of an earlier attempt of {@code operation} with this idempotency key. */
    static Optional<Recorded> byIdempotencyKey(StoreReader reader, String resourceId,
                                               RuntimeControlAttempt.Operation operation, String key) {
        long head = reader.streamHead(stream(resourceId));
        List<StreamRecord> recent = reader.readStream(stream(resourceId), Math.max(0, head - IDEMPOTENCY_WINDOW),
                IDEMPOTENCY_WINDOW);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Recorded r = read(recent.get(i));
            if (key.equals(r.idempotencyKey()) && r.attempt().operation() == operation) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static void append(StoreTransaction tx, String resourceId, Recorded recorded, Instant at) {
        tx.append(stream(resourceId), new StreamEntry("runtime-control." + recorded.attempt().status().wire(),
                Json.write(recorded), at));
    }

    private static Recorded read(StreamRecord record) {
        return Json.read(record.body(), Recorded.class);
    }
}

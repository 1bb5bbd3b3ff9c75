package dev.appaloft.core.resources.running;

import dev.appaloft.api.resources.running.ResourceHealthHistory.Observation;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The health observations of a resource: an append-only stream per resource, in the order they
 * were made. A window is found by binary search on the records' times (a stream's sequence numbers
 * have no gaps), so reading a recent hour costs the same however long the history is.
 */
final class HealthHistory {

    private HealthHistory() {
    }

    static String stream(String resourceId) {
        return "resource-health:" + resourceId;
    }

    static void record(StoreTransaction tx, String resourceId, Observation observation, Instant at) {
        tx.append(stream(resourceId), new StreamEntry("health-observation", Json.write(observation), at));
    }

    static Optional<Observation> latest(StoreReader reader, String resourceId) {
        long head = reader.streamHead(stream(resourceId));
        return head == 0 ? Optional.empty() : Optional.of(read(at(reader, stream(resourceId), head)));
    }

    /** The newest {@code limit} observations made from {@code from} to {@code to} (both included), oldest first. */
    static List<Observation> window(StoreReader reader, String resourceId, Instant from, Instant to, int limit) {
        String stream = stream(resourceId);
        long head = reader.streamHead(stream);
        long first = firstAfter(reader, stream, head, from, true);
        long last = firstAfter(reader, stream, head, to, false) - 1;
        if (first > last) {
            return List.of();
        }
        long start = Math.max(first, last - limit + 1);
        return reader.readStream(stream, start - 1, (int) (last - start + 1)).stream().map(HealthHistory::read).toList();
    }

    /** The first sequence whose time is at or after ({@code inclusive}) or after {@code instant}; head + 1 when none. */
    private static long firstAfter(StoreReader reader, String stream, long head, Instant instant, boolean inclusive) {
        long lo = 1;
        long hi = head + 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Instant at = at(reader, stream, mid).at();
            boolean before = inclusive ? at.isBefore(instant) : !at.isAfter(instant);
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static StreamRecord at(StoreReader reader, String stream, long seq) {
        return reader.readStream(stream, seq - 1, 1).get(0);
    }

    private static Observation read(StreamRecord record) {
        return Json.read(record.body(), Observation.class);
    }
}

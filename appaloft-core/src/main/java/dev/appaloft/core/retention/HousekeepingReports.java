package dev.appaloft.core.retention;

import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.core.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports of recent housekeeping runs, one stream record per run naming its work item, so
 * {@code operatorWork.show} can tell what a run did. The stream keeps the newest {@value #KEEP}.
 */
final class HousekeepingReports {

    static final String STREAM = "system-housekeeping-reports";
    static final int KEEP = 60;

    private HousekeepingReports() {
    }

    record Stored(String workId, HousekeepingReport report) {
    }

    static void save(Store store, String workId, HousekeepingReport report, Instant at) {
        store.transaction(tx -> {
            tx.append(STREAM, new StreamEntry("housekeeping.report", Json.write(new Stored(workId, report)), at));
            long oldest = tx.streamHead(STREAM) - KEEP; // records up to this number are past keeping
            if (oldest > 0) {
                List<Long> old = tx.readStream(STREAM, 0, (int) Math.min(oldest, 1_000)).stream()
                        .map(StreamRecord::seq).filter(seq -> seq <= oldest).toList();
                tx.deleteStreamRecords(STREAM, old);
            }
            return null;
        });
    }

    /** The newest report of this work item, if it is still kept. */
    static Optional<HousekeepingReport> find(StoreReader reader, String workId) {
        long head = reader.streamHead(STREAM);
        List<StreamRecord> recent = reader.readStream(STREAM, Math.max(0, head - KEEP), KEEP);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Stored stored = Json.read(recent.get(i).body(), Stored.class);
            if (workId.equals(stored.workId())) {
                return Optional.of(stored.report());
            }
        }
        return Optional.empty();
    }

    static Map<String, Object> details(StoreReader reader, WorkItem item) {
        return find(reader, item.id()).map(HousekeepingReport::safeDetails).orElse(Map.of());
    }
}

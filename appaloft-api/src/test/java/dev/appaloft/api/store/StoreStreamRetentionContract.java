package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Removing chosen records of a stream ({@link StoreTransaction#deleteStreamRecords}), as retention
 * prunes old domain events: only the named records go, numbering and the other records stay.
 * {@link StoreContractTest} runs it against each backend, with a fresh store per test.
 */
public interface StoreStreamRetentionContract {

    Instant R0 = Instant.parse("2025-01-01T00:00:00Z");

    Store store();

    @Test
    default void deletingChosenRecordsKeepsTheOthersTheirNumbersAndTheHead() {
        for (int i = 1; i <= 6; i++) {
            append("events", "e" + i);
        }
        append("other", "kept");

        long removed = store().<Long>transaction(tx -> tx.deleteStreamRecords("events", List.of(2L, 4L, 5L, 99L)));

        assertThat(removed).as("an unknown number is not counted").isEqualTo(3);
        assertThat(read("events", 0)).extracting(StreamRecord::seq).containsExactly(1L, 3L, 6L);
        assertThat(read("events", 0)).extracting(StreamRecord::type).containsExactly("e1", "e3", "e6");
        assertThat(read("events", 2)).extracting(StreamRecord::seq).as("a cursor past a gap resumes after it")
                .containsExactly(3L, 6L);
        assertThat(store().<Long>read(r -> r.streamHead("events"))).isEqualTo(6);
        assertThat(append("events", "e7").seq()).as("numbers are never reused").isEqualTo(7);
        assertThat(read("other", 0)).extracting(StreamRecord::type).containsExactly("kept");
        assertThat(store().<Long>transaction(tx -> tx.deleteStreamRecords("events", List.of(2L, 4L))))
                .as("removing again removes nothing").isZero();
        assertThat(store().<Long>transaction(tx -> tx.deleteStreamRecords("never-written", List.of(1L)))).isZero();
        assertThat(store().<Long>transaction(tx -> tx.deleteStreamRecords("events", List.of()))).isZero();
    }

    @Test
    default void deletingTheNewestRecordLeavesNoLastRecordAndTheNextAppendContinues() {
        append("events", "e1");
        append("events", "e2");

        store().transaction(tx -> tx.deleteStreamRecords("events", Set.of(2L)));

        assertThat(store().<java.util.Map<String, StreamRecord>>read(r -> r.lastRecords(List.of("events")))).doesNotContainKey("events");
        assertThat(append("events", "e3").seq()).isEqualTo(3);
        assertThat(store().read(r -> r.lastRecords(List.of("events"))).get("events").type()).isEqualTo("e3");
    }

    @Test
    default void aDeletionIsSeenInsideItsTransactionAndUndoneWithIt() {
        append("events", "e1");
        append("events", "e2");
        append("events", "e3");

        List<Long> seenInside = store().transaction(tx -> {
            tx.deleteStreamRecords("events", List.of(1L, 3L));
            tx.append("events", new StreamEntry("e4", "{}", R0));
            return tx.readStream("events", 0, 10).stream().map(StreamRecord::seq).toList();
        });
        assertThat(seenInside).containsExactly(2L, 4L);

        assertThatThrownBy(() -> store().transaction(tx -> {
            tx.deleteStreamRecords("events", List.of(2L, 4L));
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(read("events", 0)).extracting(StreamRecord::seq).containsExactly(2L, 4L);
    }

    @Test
    default void manyRecordsAreDeletedInOneCall() {
        store().transaction(tx -> {
            for (int i = 1; i <= 1_200; i++) {
                tx.append("big", new StreamEntry("e", "{}", R0));
            }
            return null;
        });
        List<Long> odd = java.util.stream.LongStream.rangeClosed(1, 1_200).filter(n -> n % 2 == 1).boxed().toList();

        assertThat(store().<Long>transaction(tx -> tx.deleteStreamRecords("big", odd))).isEqualTo(600);
        List<StreamRecord> left = store().read(r -> r.readStream("big", 0, 2_000));
        assertThat(left).hasSize(600).allMatch(rec -> rec.seq() % 2 == 0);
    }

    private StreamRecord append(String stream, String type) {
        return store().transaction(tx -> tx.append(stream, new StreamEntry(type, "{}", R0)));
    }

    private List<StreamRecord> read(String stream, long after) {
        return store().read(r -> r.readStream(stream, after, 100));
    }
}

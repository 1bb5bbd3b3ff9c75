package dev.appaloft.core.resources.running;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.resources.running.ResourceHealthHistory.Observation;
import dev.appaloft.store.memory.MemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The binary-searched window of a health history equals the plain filter over every observation. */
class HealthHistoryWindowPropertiesTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Property(tries = 300)
    void aWindowHoldsTheNewestObservationsBetweenItsBoundsInOrder(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> gaps,
            @ForAll @IntRange(min = -5, max = 120) int from, @ForAll @IntRange(min = 0, max = 60) int length,
            @ForAll @IntRange(min = 1, max = 10) int limit) {
        try (MemoryStore store = new MemoryStore()) {
            List<Instant> times = new ArrayList<>();
            Instant at = T0;
            for (int gap : gaps) {
                at = at.plusSeconds(gap); // equal times happen: observations within one second
                Instant observed = at;
                times.add(observed);
                store.transaction(tx -> {
                    HealthHistory.record(tx, "res_1", observation(times.size(), observed), observed);
                    return null;
                });
            }
            Instant start = T0.plusSeconds(from);
            Instant end = start.plus(Duration.ofSeconds(length));

            List<String> expected = new ArrayList<>();
            for (int i = 0; i < times.size(); i++) {
                if (!times.get(i).isBefore(start) && !times.get(i).isAfter(end)) {
                    expected.add("hob_" + (i + 1));
                }
            }
            List<String> newest = expected.subList(Math.max(0, expected.size() - limit), expected.size());

            List<String> actual = store.read(r -> HealthHistory.window(r, "res_1", start, end, limit)).stream()
                    .map(Observation::observationId).toList();
            assertThat(actual).isEqualTo(newest);
        }
    }

    static Observation observation(int n, Instant at) {
        return new Observation("hob_" + n, at.toString(), null, null, null, null, null, null, null, null);
    }
}

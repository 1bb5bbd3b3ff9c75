package dev.appaloft.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The precedence rule, on random sets of entries. */
class PrecedencePropertiesTest {

    @Provide
    Arbitrary<List<ConfigEntry>> entries() {
        Arbitrary<ConfigEntry> entry = Combinators.combine(
                Arbitraries.of("A", "B", "C", "D"),
                Arbitraries.strings().alpha().ofMaxLength(3),
                Arbitraries.of(VariableExposure.class),
                Arbitraries.of(VariableScope.class),
                Arbitraries.of(true, false)
        ).as((key, value, exposure, scope, secret) -> new ConfigEntry(key, value,
                secret ? VariableKind.SECRET : VariableKind.PLAIN_CONFIG, exposure, scope, secret, Instant.EPOCH));
        // one entry per slot (key, exposure, scope), as an environment holds them
        return entry.list().ofMaxSize(20).map(list -> list.stream()
                .collect(Collectors.toMap(e -> List.of(e.key(), e.exposure(), e.scope()), e -> e, (a, b) -> b))
                .values().stream().toList());
    }

    @Property
    void oneWinnerPerKeyAndExposureFromTheHighestScope(@ForAll("entries") List<ConfigEntry> entries) {
        List<ConfigEntry> effective = Precedence.effective(entries);

        Set<List<Object>> slots = entries.stream().map(e -> List.<Object>of(e.key(), e.exposure())).collect(Collectors.toSet());
        assertThat(effective).hasSize(slots.size());
        for (ConfigEntry winner : effective) {
            VariableScope highest = entries.stream()
                    .filter(e -> e.key().equals(winner.key()) && e.exposure() == winner.exposure())
                    .map(ConfigEntry::scope).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(winner.scope()).isEqualTo(highest);
            assertThat(entries).contains(winner);
        }
    }

    @Property
    void addingAHigherScopedEntryAlwaysWins(@ForAll("entries") List<ConfigEntry> entries) {
        ConfigEntry top = new ConfigEntry("A", "top", VariableKind.PLAIN_CONFIG, VariableExposure.RUNTIME,
                VariableScope.DEPLOYMENT, false, Instant.EPOCH);
        List<ConfigEntry> withTop = new java.util.ArrayList<>(entries.stream()
                .filter(e -> !e.sameSlot("A", VariableExposure.RUNTIME, VariableScope.DEPLOYMENT)).toList());
        withTop.add(top);
        assertThat(Precedence.effective(withTop)).contains(top);
    }

    @Property
    void theOrderOfEntriesDoesNotMatter(@ForAll("entries") List<ConfigEntry> entries) {
        List<ConfigEntry> reversed = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        assertThat(Precedence.effective(reversed)).isEqualTo(Precedence.effective(entries));
    }
}

package dev.appaloft.core.config;

import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableScope;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The precedence rule: for each key and exposure, the entry of the highest scope wins
 * ({@code defaults < system < organization < project < environment < resource < deployment}).
 */
public final class Precedence {

    /** Scope names, lowest precedence first, as views report them. */
    public static final List<String> ORDER =
            Arrays.stream(VariableScope.values()).map(VariableScope::wire).toList();

    /** Owned entries in display order: by scope, then key, then exposure. */
    public static final Comparator<ConfigEntry> DISPLAY_ORDER = Comparator
            .comparing(ConfigEntry::scope)
            .thenComparing(ConfigEntry::key)
            .thenComparing(ConfigEntry::exposure);

    private Precedence() {
    }

    /** The winning entry per (key, exposure), ordered by key then exposure. */
    public static List<ConfigEntry> effective(List<ConfigEntry> entries) {
        Map<Slot, ConfigEntry> winners = new LinkedHashMap<>();
        for (ConfigEntry entry : entries) {
            winners.merge(new Slot(entry.key(), entry.exposure()), entry,
                    (a, b) -> b.scope().compareTo(a.scope()) > 0 ? b : a);
        }
        return winners.values().stream()
                .sorted(Comparator.comparing(ConfigEntry::key).thenComparing(ConfigEntry::exposure))
                .toList();
    }

    public record Slot(String key, VariableExposure exposure) {
    }
}

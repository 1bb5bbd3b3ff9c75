package dev.appaloft.core.environments;

import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.api.environments.EnvironmentDiff.Change;
import dev.appaloft.api.environments.EnvironmentDiff.Entry;
import dev.appaloft.core.secrets.SecretBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares two effective configurations per (key, exposure), from left to right: only on the
 * right is {@code added}, only on the left {@code removed}. Secrets are compared by their real
 * values (sealed envelopes differ even for equal values) but only ever shown masked.
 */
final class ConfigDiff {

    private final SecretBox secrets;

    ConfigDiff(SecretBox secrets) {
        this.secrets = secrets;
    }

    List<Entry> compare(List<ConfigEntry> left, List<ConfigEntry> right) {
        Map<Precedence.Slot, ConfigEntry[]> slots = new TreeMap<>(Comparator
                .comparing(Precedence.Slot::key).thenComparing(Precedence.Slot::exposure));
        left.forEach(e -> slots.computeIfAbsent(new Precedence.Slot(e.key(), e.exposure()), k -> new ConfigEntry[2])[0] = e);
        right.forEach(e -> slots.computeIfAbsent(new Precedence.Slot(e.key(), e.exposure()), k -> new ConfigEntry[2])[1] = e);
        List<Entry> entries = new ArrayList<>(slots.size());
        slots.forEach((slot, pair) -> entries.add(new Entry(slot.key(), slot.exposure(),
                pair[0] == null ? null : pair[0].masked(),
                pair[1] == null ? null : pair[1].masked(),
                change(pair[0], pair[1]))));
        return entries;
    }

    private Change change(ConfigEntry left, ConfigEntry right) {
        if (left == null) {
            return Change.ADDED;
        }
        if (right == null) {
            return Change.REMOVED;
        }
        boolean same = left.isSecret() == right.isSecret() && left.kind() == right.kind()
                && Objects.equals(plain(left), plain(right));
        return same ? Change.UNCHANGED : Change.CHANGED;
    }

    private String plain(ConfigEntry entry) {
        return entry.isSecret() ? secrets.open(entry.value()) : entry.value();
    }
}

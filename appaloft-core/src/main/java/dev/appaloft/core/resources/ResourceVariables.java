package dev.appaloft.core.resources;

import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A resource's own entries: always at scope {@code resource}, identified by key and exposure. */
final class ResourceVariables {

    private ResourceVariables() {
    }

    static Optional<ConfigEntry> find(Resource resource, String key, VariableExposure exposure) {
        return resource.variables().stream()
                .filter(e -> e.sameSlot(key, exposure, VariableScope.RESOURCE)).findFirst();
    }

    static List<ConfigEntry> put(List<ConfigEntry> entries, ConfigEntry entry) {
        List<ConfigEntry> next = new ArrayList<>(without(entries, entry.key(), entry.exposure()));
        next.add(entry);
        next.sort(Precedence.DISPLAY_ORDER);
        return next;
    }

    static List<ConfigEntry> without(List<ConfigEntry> entries, String key, VariableExposure exposure) {
        return entries.stream().filter(e -> !e.sameSlot(key, exposure, VariableScope.RESOURCE)).toList();
    }
}

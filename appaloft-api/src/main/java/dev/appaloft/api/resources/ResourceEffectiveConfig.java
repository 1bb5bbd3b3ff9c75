package dev.appaloft.api.resources;

import dev.appaloft.api.variables.ConfigEntryView;
import dev.appaloft.api.variables.VariableExposure;
import java.util.List;

/**
 * {@code resources.effectiveConfig}: the environment's entries with the resource's on top, which
 * scope won for each key, and the scope order. Secrets are masked.
 */
public record ResourceEffectiveConfig(
        String schemaVersion,
        String resourceId,
        String environmentId,
        List<ConfigEntryView> ownedEntries,
        List<ConfigEntryView> effectiveEntries,
        List<Override> overrides,
        List<String> precedence,
        String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.effective-config/v1";

    public record Override(String key, VariableExposure exposure, String selectedScope, List<String> overriddenScopes) {
    }
}

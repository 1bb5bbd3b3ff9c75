package dev.appaloft.api.environments;

import dev.appaloft.api.variables.ConfigEntryView;
import java.util.List;

/**
 * {@code environments.effectivePrecedence}: the entries the environment owns, the ones that win
 * after precedence, and the scope order (lowest first).
 */
public record EffectivePrecedence(
        String schemaVersion,
        String environmentId,
        String projectId,
        List<ConfigEntryView> ownedEntries,
        List<ConfigEntryView> effectiveEntries,
        List<String> precedence,
        String generatedAt) {

    public static final String SCHEMA_VERSION = "environments.effective-precedence/v1";
}

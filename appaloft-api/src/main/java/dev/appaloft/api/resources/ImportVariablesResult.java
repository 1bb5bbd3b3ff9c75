package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import java.util.List;

/** What an import did: each entry (secrets masked), the duplicates it resolved, the entries it replaced. */
public record ImportVariablesResult(
        String resourceId,
        List<ImportedEntry> importedEntries,
        List<DuplicateOverride> duplicateOverrides,
        List<ExistingOverride> existingOverrides) {

    public record ImportedEntry(String key, String value, VariableExposure exposure, VariableKind kind,
                                @JsonProperty("isSecret") boolean isSecret, String action, long sourceLine) {
    }

    public record DuplicateOverride(String key, VariableExposure exposure, long firstLine, long lastLine, String rule) {
    }

    public record ExistingOverride(String key, VariableExposure exposure, String previousScope, String rule) {
    }
}

package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What {@code providerJobLogs.prune} matched and removed (0 in a dry run); {@code countsByProviderKey}
 * counts the matched rows of a dry run and the removed rows of a destructive one. Never a row's content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderJobLogsPruned(String schemaVersion, String before, String deploymentId, String providerKey,
                                    String resourceId, String serverId, boolean dryRun, long matchedCount,
                                    long prunedCount, Map<String, Long> countsByProviderKey, String prunedAt) {

    public static final String SCHEMA_VERSION = "provider-job-logs.prune/v1";
}

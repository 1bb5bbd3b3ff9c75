package dev.appaloft.api.logarchives;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a prune matched and removed (0 removed in a dry run), and how many resources they belonged to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogArchivesPruned(String schemaVersion, String before, String resourceId, String deploymentId,
                                       String serverId, String serviceName, boolean dryRun, long matchedCount,
                                       long prunedCount, long affectedResourceCount, String prunedAt) {

    public static final String SCHEMA_VERSION = "resources.runtime-log-archives.prune/v1";
}

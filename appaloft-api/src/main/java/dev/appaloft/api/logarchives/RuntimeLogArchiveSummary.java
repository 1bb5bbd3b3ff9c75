package dev.appaloft.api.logarchives;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An archive in a list: what it holds, never its lines. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogArchiveSummary(String archiveId, String resourceId, String deploymentId, String serverId,
                                       String serviceName, String runtimeKind, String capturedAt, long lineCount,
                                       String retentionStatus, String reason) {
}

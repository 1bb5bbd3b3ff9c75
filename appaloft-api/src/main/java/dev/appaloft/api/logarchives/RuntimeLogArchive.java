package dev.appaloft.api.logarchives;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import java.util.List;

/** One retained archive with its lines (oldest first), as archived and as shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogArchive(String archiveId, String resourceId, String deploymentId, String serverId,
                                String serviceName, String runtimeKind, String capturedAt, long lineCount,
                                String retentionStatus, String reason, List<RuntimeLogLine> lines) {

    public static final String RETAINED = "retained";
}

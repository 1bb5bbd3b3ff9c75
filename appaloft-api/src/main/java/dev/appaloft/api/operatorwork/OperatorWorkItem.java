package dev.appaloft.api.operatorwork;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One background work item, with what an operator can do next. Absent facts are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OperatorWorkItem(String id, OperatorWorkKind kind, OperatorWorkStatus status, String operationKey,
                               String phase, String step, String projectId, String resourceId, String deploymentId,
                               String serverId, String domainBindingId, String certificateId, String startedAt,
                               String updatedAt, String finishedAt, String errorCode, String errorCategory,
                               Boolean retriable, List<String> nextActions, Map<String, Object> safeDetails) {
}

package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code resources.configureAutoDeploy}: the policy's state after the change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutoDeployResult(String resourceId, AutoDeployPolicy.Status status, AutoDeployPolicy.TriggerKind triggerKind,
                               List<String> refs, List<AutoDeployPolicy.EventKind> eventKinds,
                               String sourceBindingFingerprint, String blockedReason) {
}

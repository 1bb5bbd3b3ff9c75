package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of a deployment's log; secret values are replaced by {@code ********} before it is stored. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentLogLine(String timestamp, String source, DeploymentPhase phase, String level, String message,
                                Boolean masked) {
}

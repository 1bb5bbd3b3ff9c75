package dev.appaloft.api.deployments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The phase a deployment log line or failure belongs to. */
public enum DeploymentPhase {
    DETECT, PLAN, PACKAGE, DEPLOY, VERIFY, ROLLBACK;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

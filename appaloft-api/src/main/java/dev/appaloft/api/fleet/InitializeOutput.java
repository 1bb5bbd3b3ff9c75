package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.StatusOverride;

/** The enrolled deployment; {@code token} is new each time a group token enrolls. 201 when it was created. */
public record InitializeOutput(String deploymentId, String token, @JsonIgnore boolean created) implements StatusOverride {

    @Override
    public int httpStatus() {
        return created ? 201 : 200;
    }

    @Override
    public String toString() {
        return "InitializeOutput[deploymentId=" + deploymentId + ", token=" + (token == null ? null : "****")
                + ", created=" + created + "]";
    }
}

package dev.appaloft.api.resources.running;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code resources.health}.
 *
 * @param mode {@code cached} (default) answers the latest observation while it is recent and nothing
 *        happened since (a deployment, a runtime control); otherwise, and always with {@code live}, the
 *        instance is inspected and probed now, and the observation is recorded in the health history
 * @param includeChecks whether {@code checks} lists the individual checks (default true)
 * @param includePublicAccessProbe accepted; a probe through the public URL is not made yet (its check says so)
 * @param includeRuntimeProbe whether a live observation probes the health policy (default true)
 */
public record ResourceHealthInput(String resourceId, Mode mode, Boolean includeChecks, Boolean includePublicAccessProbe,
                                  Boolean includeRuntimeProbe) {

    public enum Mode {
        CACHED, LIVE;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ResourceHealthInput live(String resourceId) {
        return new ResourceHealthInput(resourceId, Mode.LIVE, null, null, null);
    }

    public static ResourceHealthInput cached(String resourceId) {
        return new ResourceHealthInput(resourceId, Mode.CACHED, null, null, null);
    }
}

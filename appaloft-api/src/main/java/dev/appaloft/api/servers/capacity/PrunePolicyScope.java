package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The level a scheduled prune policy is set at, weakest first: for one server, the policy of the
 * strongest scope applies ({@code defaults < system < organization < project < environment <
 * deployment-snapshot}).
 */
public enum PrunePolicyScope {
    DEFAULTS, SYSTEM, ORGANIZATION, PROJECT, ENVIRONMENT, DEPLOYMENT_SNAPSHOT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static PrunePolicyScope fromWire(String value) {
        for (PrunePolicyScope scope : values()) {
            if (scope.wire().equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown policy scope: " + value);
    }
}

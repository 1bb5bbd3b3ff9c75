package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a retention default applies to. */
public enum RetentionCategory {
    AUDIT_ROWS, DEPLOYMENT_LOGS, DOMAIN_EVENT_STREAMS, PROCESS_ATTEMPTS, PROVIDER_JOB_LOGS,
    RESOURCE_RUNTIME_LOG_ARCHIVES, RUNTIME_MONITORING_SAMPLES;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static RetentionCategory fromWire(String value) {
        for (RetentionCategory category : values()) {
            if (category.wire().equals(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown retention category: " + value);
    }
}

package dev.appaloft.api.retention;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code retentionDefaults.show}: the policy, or {@code null} (written out) when none is configured. */
public record RetentionDefaultShown(String schemaVersion,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) RetentionPolicy policy) {

    public static final String SCHEMA_VERSION = "retention-defaults.show/v1";
}

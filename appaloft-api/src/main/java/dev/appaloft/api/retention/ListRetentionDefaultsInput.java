package dev.appaloft.api.retention;

/** {@code retentionDefaults.list}: the instance's defaults and the caller's organization's. */
public record ListRetentionDefaultsInput(RetentionScope scope, String organizationId, RetentionCategory category,
                                         Boolean enabledOnly) {

    public static ListRetentionDefaultsInput all() {
        return new ListRetentionDefaultsInput(null, null, null, null);
    }
}

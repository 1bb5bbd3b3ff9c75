package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a capacity answer could not cover or wants noticed: {@code code} is one of the
 * constants here, {@code resource} (optional) the part concerned ({@code disk}, {@code inode},
 * {@code docker}, {@code memory}, {@code cpu}, {@code appaloft-runtime}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityWarning(String code, String message, String path, String mount, String resource) {

    public static final String FULL_DISK = "full-disk";
    public static final String HIGH_DISK_USAGE = "high-disk-usage";
    public static final String HIGH_INODE_USAGE = "high-inode-usage";
    public static final String DOCKER_UNAVAILABLE = "docker-unavailable";
    public static final String TIMEOUT = "timeout";
    public static final String PARTIAL_DIAGNOSTIC = "partial-diagnostic";
    public static final String UNSUPPORTED_PROVIDER = "unsupported-provider";
    public static final String AUDIT_RECORD_FAILED = "audit-record-failed";

    public static CapacityWarning of(String code, String resource, String message) {
        return new CapacityWarning(code, message, null, null, resource);
    }
}

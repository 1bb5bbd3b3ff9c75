package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code servers.deleteCheck}: whether delete would be accepted now, and what stands in its way. */
public record ServerDeleteCheck(
        String schemaVersion,
        String serverId,
        ServerLifecycleStatus lifecycleStatus,
        boolean eligible,
        List<Blocker> blockers,
        String checkedAt) {

    public static final String SCHEMA_VERSION = "servers.delete-check/v1";

    /** One reason delete is refused; {@code kind} is one of the spec's blocker kinds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Blocker(String kind, String relatedEntityId, String relatedEntityType, Long count) {
    }
}

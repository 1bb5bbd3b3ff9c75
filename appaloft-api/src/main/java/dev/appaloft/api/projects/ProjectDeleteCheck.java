package dev.appaloft.api.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code projects.deleteCheck}: whether delete would be accepted, and what stands in its way. */
public record ProjectDeleteCheck(
        String schemaVersion,
        String projectId,
        ProjectLifecycleStatus lifecycleStatus,
        boolean eligible,
        List<Blocker> blockers,
        String checkedAt) {

    public static final String SCHEMA_VERSION = "projects.delete-check/v1";

    /** One reason delete is refused; {@code kind} is one of the spec's blocker kinds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Blocker(String kind, String relatedEntityId, String relatedEntityType, Long count) {
    }
}

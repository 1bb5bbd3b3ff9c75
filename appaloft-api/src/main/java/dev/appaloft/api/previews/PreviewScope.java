package dev.appaloft.api.previews;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a preview policy applies to: every resource of a project, or one resource (which wins). */
public record PreviewScope(Kind kind, String projectId, String resourceId) {

    public enum Kind {
        @JsonProperty("project") PROJECT,
        @JsonProperty("resource") RESOURCE
    }

    public static PreviewScope project(String projectId) {
        return new PreviewScope(Kind.PROJECT, projectId, null);
    }

    public static PreviewScope resource(String projectId, String resourceId) {
        return new PreviewScope(Kind.RESOURCE, projectId, resourceId);
    }
}

package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a monitoring read or threshold is about: one server, project, environment, resource or
 * deployment. Exactly the id field of {@code kind} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringScope(String kind, String serverId, String projectId, String environmentId,
                              String resourceId, String deploymentId) {

    public static final List<String> KINDS = List.of("server", "project", "environment", "resource", "deployment");

    public static MonitoringScope of(String kind, String id) {
        return switch (kind) {
            case "server" -> new MonitoringScope(kind, id, null, null, null, null);
            case "project" -> new MonitoringScope(kind, null, id, null, null, null);
            case "environment" -> new MonitoringScope(kind, null, null, id, null, null);
            case "resource" -> new MonitoringScope(kind, null, null, null, id, null);
            case "deployment" -> new MonitoringScope(kind, null, null, null, null, id);
            default -> throw new IllegalArgumentException("unknown scope kind " + kind);
        };
    }

    public static MonitoringScope server(String id) {
        return of("server", id);
    }

    public static MonitoringScope resource(String id) {
        return of("resource", id);
    }

    /** The id of the kind's field; null when the kind is unknown or its field is missing. */
    @JsonIgnore
    public String id() {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "server" -> serverId;
            case "project" -> projectId;
            case "environment" -> environmentId;
            case "resource" -> resourceId;
            case "deployment" -> deploymentId;
            default -> null;
        };
    }

    /** {@code kind:id}, one key per scope. */
    @JsonIgnore
    public String key() {
        return kind + ":" + id();
    }

    /** The scope with only the kind's own field (a given scope may carry others). */
    public MonitoringScope normalized() {
        return of(kind, id());
    }
}

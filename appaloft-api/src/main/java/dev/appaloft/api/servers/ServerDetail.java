package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code servers.show}: the server, and with {@code includeRollups} what is placed on it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerDetail(String schemaVersion, ServerView server, Rollups rollups, String generatedAt) {

    public static final String SCHEMA_VERSION = "servers.show/v1";

    public record Rollups(Resources resources, Deployments deployments, Domains domains) {
    }

    public record Resources(long total, List<String> deployedResourceIds) {
    }

    public record Deployments(long total, List<StatusCount> statusCounts) {
    }

    public record Domains(long total, List<StatusCount> statusCounts) {
    }

    public record StatusCount(String status, long count) {
    }
}

package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of push to deploy: sources, previews and integrations. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class SourceOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_LIST =
            Operation.untyped(API, "sourceEvents.list", OperationKind.QUERY, HttpMethod.GET, "/source-events", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_SHOW =
            Operation.untyped(API, "sourceEvents.show", OperationKind.QUERY, HttpMethod.GET, "/source-events/{sourceEventId}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_REPLAY =
            Operation.untyped(API, "sourceEvents.replay", OperationKind.COMMAND, HttpMethod.POST, "/source-events/{sourceEventId}/replay", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_PRUNE =
            Operation.untyped(API, "sourceEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/source-events/prune", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_LIST =
            Operation.untyped(API, "sourceLinks.list", OperationKind.QUERY, HttpMethod.GET, "/source-links", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_SHOW =
            Operation.untyped(API, "sourceLinks.show", OperationKind.QUERY, HttpMethod.GET, "/source-links/{sourceFingerprint}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_DELETE =
            Operation.untyped(API, "sourceLinks.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/source-links/{sourceFingerprint}", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_LINKS_RELINK =
            Operation.untyped(API, "sourceLinks.relink", OperationKind.COMMAND, HttpMethod.POST, "/source-links/relink", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_POLICIES_CONFIGURE =
            Operation.untyped(API, "previewPolicies.configure", OperationKind.COMMAND, HttpMethod.POST, "/preview-policies", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_POLICIES_SHOW =
            Operation.untyped(API, "previewPolicies.show", OperationKind.COMMAND, HttpMethod.POST, "/preview-policies/show", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_LIST =
            Operation.untyped(API, "previewEnvironments.list", OperationKind.QUERY, HttpMethod.GET, "/preview-environments", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_SHOW =
            Operation.untyped(API, "previewEnvironments.show", OperationKind.QUERY, HttpMethod.GET, "/preview-environments/{previewEnvironmentId}", 200);
    public static final Operation<JsonNode, JsonNode> PREVIEW_ENVIRONMENTS_DELETE =
            Operation.untyped(API, "previewEnvironments.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/preview-environments/{previewEnvironmentId}", 202);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_LIST =
            Operation.untyped(API, "integrations.list", OperationKind.QUERY, HttpMethod.GET, "/integrations", 200);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW =
            Operation.untyped(API, "integrations.github.appConnection.show", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/app-connection", 200);
    public static final Operation<JsonNode, JsonNode> INTEGRATIONS_GITHUB_REPOSITORIES_LIST =
            Operation.untyped(API, "integrations.github.repositories.list", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/repositories", 200);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_INGEST_GENERIC_SIGNED =
            Operation.untyped(API, "source-events.ingestGenericSigned", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/source-events/generic-signed", 202);
    public static final Operation<JsonNode, JsonNode> SOURCE_EVENTS_INGEST =
            Operation.untyped(API, "source-events.ingest", OperationKind.COMMAND, HttpMethod.POST, "/integrations/github/source-events", 202);

    private SourceOperations() {
    }
}

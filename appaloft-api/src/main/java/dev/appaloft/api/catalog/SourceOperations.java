package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.previews.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.sources.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of push to deploy: sources, previews and integrations. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class SourceOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<ListSourceEventsInput, SourceEventList> SOURCE_EVENTS_LIST =
            Operation.of(API, "sourceEvents.list", OperationKind.QUERY, HttpMethod.GET, "/source-events", 200, ListSourceEventsInput.class, SourceEventList.class);
    public static final Operation<ShowSourceEventInput, SourceEventDetail> SOURCE_EVENTS_SHOW =
            Operation.of(API, "sourceEvents.show", OperationKind.QUERY, HttpMethod.GET, "/source-events/{sourceEventId}", 200, ShowSourceEventInput.class, SourceEventDetail.class);
    public static final Operation<ReplaySourceEventInput, SourceEventReplayed> SOURCE_EVENTS_REPLAY =
            Operation.of(API, "sourceEvents.replay", OperationKind.COMMAND, HttpMethod.POST, "/source-events/{sourceEventId}/replay", 200, ReplaySourceEventInput.class, SourceEventReplayed.class);
    public static final Operation<PruneSourceEventsInput, SourceEventsPruned> SOURCE_EVENTS_PRUNE =
            Operation.of(API, "sourceEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/source-events/prune", 200, PruneSourceEventsInput.class, SourceEventsPruned.class);
    public static final Operation<ListSourceLinksInput, SourceLinkList> SOURCE_LINKS_LIST =
            Operation.of(API, "sourceLinks.list", OperationKind.QUERY, HttpMethod.GET, "/source-links", 200, ListSourceLinksInput.class, SourceLinkList.class);
    public static final Operation<ShowSourceLinkInput, SourceLinkShown> SOURCE_LINKS_SHOW =
            Operation.of(API, "sourceLinks.show", OperationKind.QUERY, HttpMethod.GET, "/source-links/{sourceFingerprint}", 200, ShowSourceLinkInput.class, SourceLinkShown.class);
    public static final Operation<DeleteSourceLinkInput, SourceLinkDeleted> SOURCE_LINKS_DELETE =
            Operation.of(API, "sourceLinks.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/source-links/{sourceFingerprint}", 200, DeleteSourceLinkInput.class, SourceLinkDeleted.class);
    public static final Operation<RelinkSourceLinkInput, SourceLinkRelinked> SOURCE_LINKS_RELINK =
            Operation.of(API, "sourceLinks.relink", OperationKind.COMMAND, HttpMethod.POST, "/source-links/relink", 200, RelinkSourceLinkInput.class, SourceLinkRelinked.class);
    public static final Operation<ConfigurePreviewPolicyInput, IdOutput> PREVIEW_POLICIES_CONFIGURE =
            Operation.of(API, "previewPolicies.configure", OperationKind.COMMAND, HttpMethod.POST, "/preview-policies", 200, ConfigurePreviewPolicyInput.class, IdOutput.class);
    // a read sent as POST (the scope is a body object): a query, as the spec says
    public static final Operation<ShowPreviewPolicyInput, PreviewPolicyShown> PREVIEW_POLICIES_SHOW =
            Operation.of(API, "previewPolicies.show", OperationKind.QUERY, HttpMethod.POST, "/preview-policies/show", 200, ShowPreviewPolicyInput.class, PreviewPolicyShown.class);
    public static final Operation<ListPreviewEnvironmentsInput, PreviewEnvironmentList> PREVIEW_ENVIRONMENTS_LIST =
            Operation.of(API, "previewEnvironments.list", OperationKind.QUERY, HttpMethod.GET, "/preview-environments", 200, ListPreviewEnvironmentsInput.class, PreviewEnvironmentList.class);
    public static final Operation<ShowPreviewEnvironmentInput, PreviewEnvironmentShown> PREVIEW_ENVIRONMENTS_SHOW =
            Operation.of(API, "previewEnvironments.show", OperationKind.QUERY, HttpMethod.GET, "/preview-environments/{previewEnvironmentId}", 200, ShowPreviewEnvironmentInput.class, PreviewEnvironmentShown.class);
    public static final Operation<DeletePreviewEnvironmentInput, PreviewEnvironmentDeleted> PREVIEW_ENVIRONMENTS_DELETE =
            Operation.of(API, "previewEnvironments.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/preview-environments/{previewEnvironmentId}", 202, DeletePreviewEnvironmentInput.class, PreviewEnvironmentDeleted.class);
    public static final Operation<ListIntegrationsInput, IntegrationList> INTEGRATIONS_LIST =
            Operation.of(API, "integrations.list", OperationKind.QUERY, HttpMethod.GET, "/integrations", 200, ListIntegrationsInput.class, IntegrationList.class);
    public static final Operation<ShowGitHubAppConnectionInput, GitHubAppConnection> INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW =
            Operation.of(API, "integrations.github.appConnection.show", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/app-connection", 200, ShowGitHubAppConnectionInput.class, GitHubAppConnection.class);
    // through the configured GitHub App's installation (503 github_app_not_configured without one)
    public static final Operation<ListGitHubRepositoriesInput, GitHubRepositoryList> INTEGRATIONS_GITHUB_REPOSITORIES_LIST =
            Operation.of(API, "integrations.github.repositories.list", OperationKind.QUERY, HttpMethod.GET, "/integrations/github/repositories", 200, ListGitHubRepositoriesInput.class, GitHubRepositoryList.class);
    public static final Operation<IngestGenericSignedSourceEventInput, SourceEventIngested> SOURCE_EVENTS_INGEST_GENERIC_SIGNED =
            Operation.of(API, "source-events.ingestGenericSigned", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/source-events/generic-signed", 202, IngestGenericSignedSourceEventInput.class, SourceEventIngested.class)
                    .withRequestHeader("X-Appaloft-Signature", "signature")
                    .withRequestHeader("X-Appaloft-Delivery", "deliveryId").withRawBody("payload");
    public static final Operation<IngestGitHubSourceEventInput, SourceEventIngested> SOURCE_EVENTS_INGEST =
            Operation.of(API, "source-events.ingest", OperationKind.COMMAND, HttpMethod.POST, "/integrations/github/source-events", 202, IngestGitHubSourceEventInput.class, SourceEventIngested.class)
                    .withRequestHeader("X-Hub-Signature-256", "signature")
                    .withRequestHeader("X-GitHub-Event", "event")
                    .withRequestHeader("X-GitHub-Delivery", "deliveryId").withRawBody("payload");

    private SourceOperations() {
    }
}

package dev.appaloft.api;

import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.sources.*;

/**
 * Push to deploy: {@code source-events.ingest} (a GitHub webhook) and {@code ingestGenericSigned}
 * (a resource's own signed webhook), the recorded events ({@code sourceEvents.*}), the links from a
 * repository and branch to the resource a push deploys ({@code sourceLinks.*}) and the integrations
 * this instance has ({@code integrations.*}).
 */
public final class SourceEventsApi {

    private final OperationExecutor executor;

    public SourceEventsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public SourceEventIngested ingestGitHub(IngestGitHubSourceEventInput input) {
        return executor.execute(SOURCE_EVENTS_INGEST, input);
    }

    public SourceEventIngested ingestGenericSigned(IngestGenericSignedSourceEventInput input) {
        return executor.execute(SOURCE_EVENTS_INGEST_GENERIC_SIGNED, input);
    }

    public SourceEventList list(ListSourceEventsInput input) {
        return executor.execute(SOURCE_EVENTS_LIST, input);
    }

    public SourceEventDetail show(String sourceEventId) {
        return executor.execute(SOURCE_EVENTS_SHOW, new ShowSourceEventInput(sourceEventId, null, null));
    }

    public SourceEventReplayed replay(ReplaySourceEventInput input) {
        return executor.execute(SOURCE_EVENTS_REPLAY, input);
    }

    public SourceEventsPruned prune(PruneSourceEventsInput input) {
        return executor.execute(SOURCE_EVENTS_PRUNE, input);
    }

    public SourceLinkList links(ListSourceLinksInput input) {
        return executor.execute(SOURCE_LINKS_LIST, input);
    }

    public SourceLinkShown link(String sourceFingerprint) {
        return executor.execute(SOURCE_LINKS_SHOW, new ShowSourceLinkInput(sourceFingerprint));
    }

    public SourceLinkRelinked relink(RelinkSourceLinkInput input) {
        return executor.execute(SOURCE_LINKS_RELINK, input);
    }

    public SourceLinkDeleted deleteLink(String sourceFingerprint, String reason) {
        return executor.execute(SOURCE_LINKS_DELETE, new DeleteSourceLinkInput(sourceFingerprint, reason));
    }

    public IntegrationList integrations() {
        return executor.execute(INTEGRATIONS_LIST, new ListIntegrationsInput());
    }

    /** The GitHub App installation's repositories whose full name contains {@code search} (null: all). */
    public GitHubRepositoryList gitHubRepositories(String search) {
        return executor.execute(INTEGRATIONS_GITHUB_REPOSITORIES_LIST, new ListGitHubRepositoriesInput(search));
    }

    public GitHubAppConnection gitHubAppConnection() {
        return executor.execute(INTEGRATIONS_GITHUB_APP_CONNECTION_SHOW, new ShowGitHubAppConnectionInput());
    }
}

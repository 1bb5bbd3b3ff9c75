package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;

import dev.appaloft.api.staticartifacts.*;

/** {@code staticArtifacts.*}: static sites published for resources and served by the edge proxy. */
public final class StaticArtifactsApi {

    private final OperationExecutor executor;

    public StaticArtifactsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public StaticArtifactPublished publish(PublishStaticArtifactInput input) {
        return executor.execute(STATIC_ARTIFACTS_PUBLISH, input);
    }

    public StaticArtifactPublished publishArchive(PublishStaticArtifactArchiveInput input) {
        return executor.execute(STATIC_ARTIFACTS_PUBLISH_ARCHIVE, input);
    }

    public StaticArtifactPublished publishPayload(PublishStaticArtifactPayloadInput input) {
        return executor.execute(STATIC_ARTIFACTS_PUBLISH_PAYLOAD, input);
    }

    public StaticArtifactPublicationList listPublications(ListStaticArtifactPublicationsInput input) {
        return executor.execute(STATIC_ARTIFACTS_LIST_PUBLICATIONS, input);
    }
}

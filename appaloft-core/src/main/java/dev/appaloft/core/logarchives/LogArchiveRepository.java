package dev.appaloft.core.logarchives;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;

/** Where archives are kept: one row each, indexed by resource, server, deployment and service. */
final class LogArchiveRepository {

    static final String DEPLOYMENT_ID = "deployment_id";
    static final String SERVICE_NAME = "service_name";

    static final Repository<LogArchive> ARCHIVES = Repository
            .of(StoreCollections.RUNTIME_LOG_ARCHIVES, LogArchive.class)
            .id(LogArchive::id).createdAt(LogArchive::capturedAt)
            .organization(LogArchive::organizationId)
            .index(a -> DocumentIndex.NONE.with(IndexFields.RESOURCE_ID, a.resourceId())
                    .with(IndexFields.SERVER_ID, a.serverId()).with(DEPLOYMENT_ID, a.deploymentId())
                    .with(SERVICE_NAME, a.serviceName()))
            .notFound(id -> AppaloftException.notFound("runtime log archive", id))
            .build();

    private LogArchiveRepository() {
    }

    static DocumentIndex matching(String organizationId, String resourceId, String deploymentId, String serverId,
                                  String serviceName) {
        return DocumentIndex.ofOrganization(organizationId).with(IndexFields.RESOURCE_ID, resourceId)
                .with(DEPLOYMENT_ID, deploymentId).with(IndexFields.SERVER_ID, serverId).with(SERVICE_NAME, serviceName);
    }
}

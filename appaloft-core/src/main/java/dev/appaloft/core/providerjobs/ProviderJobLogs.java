package dev.appaloft.core.providerjobs;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import java.time.Instant;

/** The provider job log rows: written with the command that called the provider, pruned by retention. */
public final class ProviderJobLogs {

    public static final String DEPLOYMENT_ID = "deployment_id";
    public static final String PROVIDER_KEY = "provider_key";

    public static final Repository<ProviderJobLog> ROWS = Repository
            .of(StoreCollections.PROVIDER_JOB_LOGS, ProviderJobLog.class)
            .id(ProviderJobLog::id).createdAt(ProviderJobLog::occurredAt).organization(ProviderJobLog::organizationId)
            .index(l -> DocumentIndex.NONE.with(DEPLOYMENT_ID, l.deploymentId()).with(PROVIDER_KEY, l.providerKey())
                    .with(IndexFields.RESOURCE_ID, l.resourceId()).with(IndexFields.SERVER_ID, l.serverId()))
            .build();

    private ProviderJobLogs() {
    }

    /** Records that {@code operation} of a deployment's instance ended with {@code status}. */
    public static ProviderJobLog record(StoreTransaction tx, String organizationId, String deploymentId,
                                        String providerKey, String resourceId, String serverId, String operation,
                                        String status, String errorCode, Instant at) {
        String message = operation + " " + status + (errorCode == null ? "" : " (" + errorCode + ")");
        ProviderJobLog row = new ProviderJobLog(Ids.next("pjl"), organizationId, deploymentId, providerKey, resourceId,
                serverId, operation, status, errorCode, message, at);
        ROWS.insert(tx, row, at);
        return row;
    }
}

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

/** The catalog's area of deployments. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class DeploymentOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CountDeploymentsInput, CountOutput> DEPLOYMENTS_COUNT =
            Operation.of(API, "deployments.count", OperationKind.QUERY, HttpMethod.GET, "/deployments/count", 200, CountDeploymentsInput.class, CountOutput.class);
    public static final Operation<ListDeploymentsInput, DeploymentList> DEPLOYMENTS_LIST =
            Operation.of(API, "deployments.list", OperationKind.QUERY, HttpMethod.GET, "/deployments", 200, ListDeploymentsInput.class, DeploymentList.class);
    public static final Operation<CreateDeploymentInput, IdOutput> DEPLOYMENTS_CREATE =
            Operation.of(API, "deployments.create", OperationKind.COMMAND, HttpMethod.POST, "/deployments", 201, CreateDeploymentInput.class, IdOutput.class);
    public static final Operation<dev.appaloft.api.previews.CleanupPreviewInput, dev.appaloft.api.previews.PreviewCleanedUp> DEPLOYMENTS_CLEANUP_PREVIEW =
            Operation.of(API, "deployments.cleanupPreview", OperationKind.COMMAND, HttpMethod.POST, "/deployments/cleanup-preview", 202, dev.appaloft.api.previews.CleanupPreviewInput.class, dev.appaloft.api.previews.PreviewCleanedUp.class);
    public static final Operation<RetryDeploymentInput, IdOutput> DEPLOYMENTS_RETRY =
            Operation.of(API, "deployments.retry", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/retry", 201, RetryDeploymentInput.class, IdOutput.class);
    public static final Operation<RedeployInput, IdOutput> DEPLOYMENTS_REDEPLOY =
            Operation.of(API, "deployments.redeploy", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/redeploy", 201, RedeployInput.class, IdOutput.class);
    public static final Operation<RollbackDeploymentInput, IdOutput> DEPLOYMENTS_ROLLBACK =
            Operation.of(API, "deployments.rollback", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/rollback", 201, RollbackDeploymentInput.class, IdOutput.class);
    public static final Operation<CancelDeploymentInput, CanceledDeployment> DEPLOYMENTS_CANCEL =
            Operation.of(API, "deployments.cancel", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/cancel", 200, CancelDeploymentInput.class, CanceledDeployment.class);
    public static final Operation<ArchiveDeploymentInput, ArchivedDeployment> DEPLOYMENTS_ARCHIVE =
            Operation.of(API, "deployments.archive", OperationKind.COMMAND, HttpMethod.POST, "/deployments/{deploymentId}/archive", 200, ArchiveDeploymentInput.class, ArchivedDeployment.class);
    public static final Operation<PruneDeploymentsInput, PrunedDeployments> DEPLOYMENTS_PRUNE =
            Operation.of(API, "deployments.prune", OperationKind.COMMAND, HttpMethod.POST, "/deployments/prune", 200, PruneDeploymentsInput.class, PrunedDeployments.class);
    public static final Operation<PlanDeploymentInput, DeploymentPlanPreview> DEPLOYMENTS_PLAN =
            Operation.of(API, "deployments.plan", OperationKind.QUERY, HttpMethod.GET, "/deployments/plan", 200, PlanDeploymentInput.class, DeploymentPlanPreview.class);
    public static final Operation<ShowDeploymentInput, DeploymentDetail> DEPLOYMENTS_SHOW =
            Operation.of(API, "deployments.show", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}", 200, ShowDeploymentInput.class, DeploymentDetail.class);
    public static final Operation<RecoveryReadinessInput, RecoveryReadiness> DEPLOYMENTS_RECOVERY_READINESS =
            Operation.of(API, "deployments.recoveryReadiness", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/recovery-readiness", 200, RecoveryReadinessInput.class, RecoveryReadiness.class);
    public static final Operation<CreateDeploymentInput, EventStream> DEPLOYMENTS_CREATE_STREAM =
            Operation.of(API, "deployments.createStream", OperationKind.COMMAND, HttpMethod.POST, "/deployments/stream", 200, CreateDeploymentInput.class, EventStream.class);
    public static final Operation<DeploymentLogsInput, DeploymentLogs> DEPLOYMENTS_LOGS =
            Operation.of(API, "deployments.logs", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/logs", 200, DeploymentLogsInput.class, DeploymentLogs.class);
    public static final Operation<PruneDeploymentsInput, PrunedDeploymentLogs> DEPLOYMENTS_PRUNE_LOGS =
            Operation.of(API, "deployments.pruneLogs", OperationKind.COMMAND, HttpMethod.POST, "/deployments/logs/prune", 200, PruneDeploymentsInput.class, PrunedDeploymentLogs.class);
    public static final Operation<DeploymentEventsInput, DeploymentEvents> DEPLOYMENTS_EVENTS =
            Operation.of(API, "deployments.events", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/events", 200, DeploymentEventsInput.class, DeploymentEvents.class);
    public static final Operation<DeploymentEventsInput, EventStream> DEPLOYMENTS_EVENTS_STREAM =
            Operation.of(API, "deployments.eventsStream", OperationKind.QUERY, HttpMethod.GET, "/deployments/{deploymentId}/events/stream", 200, DeploymentEventsInput.class, EventStream.class);

    private DeploymentOperations() {
    }
}

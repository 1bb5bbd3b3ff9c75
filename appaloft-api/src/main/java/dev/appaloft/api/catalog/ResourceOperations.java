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
import dev.appaloft.api.logarchives.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.storage.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of resources: configuration and the running app. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class ResourceOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CountResourcesInput, CountOutput> RESOURCES_COUNT =
            Operation.of(API, "resources.count", OperationKind.QUERY, HttpMethod.GET, "/resources/count", 200, CountResourcesInput.class, CountOutput.class);
    public static final Operation<ListResourcesInput, ResourceList> RESOURCES_LIST =
            Operation.of(API, "resources.list", OperationKind.QUERY, HttpMethod.GET, "/resources", 200, ListResourcesInput.class, ResourceList.class);
    public static final Operation<CreateResourceInput, IdOutput> RESOURCES_CREATE =
            Operation.of(API, "resources.create", OperationKind.COMMAND, HttpMethod.POST, "/resources", 201, CreateResourceInput.class, IdOutput.class);
    public static final Operation<ShowResourceInput, ResourceDetail> RESOURCES_SHOW =
            Operation.of(API, "resources.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}", 200, ShowResourceInput.class, ResourceDetail.class);
    public static final Operation<DeleteResourceInput, IdOutput> RESOURCES_DELETE =
            Operation.of(API, "resources.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}", 200, DeleteResourceInput.class, IdOutput.class);
    public static final Operation<ArchiveResourceInput, IdOutput> RESOURCES_ARCHIVE =
            Operation.of(API, "resources.archive", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/archive", 200, ArchiveResourceInput.class, IdOutput.class);
    public static final Operation<ConfigureHealthInput, IdOutput> RESOURCES_CONFIGURE_HEALTH =
            Operation.of(API, "resources.configureHealth", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/health-policy", 200, ConfigureHealthInput.class, IdOutput.class);
    public static final Operation<ResetHealthInput, IdOutput> RESOURCES_RESET_HEALTH =
            Operation.of(API, "resources.resetHealth", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/health-policy/reset", 200, ResetHealthInput.class, IdOutput.class);
    public static final Operation<ConfigureNetworkInput, IdOutput> RESOURCES_CONFIGURE_NETWORK =
            Operation.of(API, "resources.configureNetwork", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/network-profile", 200, ConfigureNetworkInput.class, IdOutput.class);
    public static final Operation<ConfigureAccessInput, IdOutput> RESOURCES_CONFIGURE_ACCESS =
            Operation.of(API, "resources.configureAccess", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/access-profile", 200, ConfigureAccessInput.class, IdOutput.class);
    public static final Operation<ConfigureAutoDeployInput, AutoDeployResult> RESOURCES_CONFIGURE_AUTO_DEPLOY =
            Operation.of(API, "resources.configureAutoDeploy", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/auto-deploy", 200, ConfigureAutoDeployInput.class, AutoDeployResult.class);
    public static final Operation<AttachStorageInput, IdOutput> RESOURCES_ATTACH_STORAGE =
            Operation.of(API, "resources.attachStorage", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/storage-attachments", 200,
                    AttachStorageInput.class, IdOutput.class);
    public static final Operation<DetachStorageInput, IdOutput> RESOURCES_DETACH_STORAGE =
            Operation.of(API, "resources.detachStorage", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/storage-attachments/{attachmentId}", 200,
                    DetachStorageInput.class, IdOutput.class);
    public static final Operation<ConfigureRuntimeInput, IdOutput> RESOURCES_CONFIGURE_RUNTIME =
            Operation.of(API, "resources.configureRuntime", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime-profile", 200, ConfigureRuntimeInput.class, IdOutput.class);
    public static final Operation<ConfigureSourceInput, IdOutput> RESOURCES_CONFIGURE_SOURCE =
            Operation.of(API, "resources.configureSource", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/source", 200, ConfigureSourceInput.class, IdOutput.class);
    public static final Operation<SetResourceVariableInput, Void> RESOURCES_SET_VARIABLE =
            Operation.of(API, "resources.setVariable", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/variables", 200, SetResourceVariableInput.class, Void.class);
    public static final Operation<CreateResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_CREATE =
            Operation.of(API, "resources.secrets.create", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/secrets", 201, CreateResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<ListResourceSecretsInput, ResourceSecretList> RESOURCES_SECRETS_LIST =
            Operation.of(API, "resources.secrets.list", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/secrets", 200, ListResourceSecretsInput.class, ResourceSecretList.class);
    public static final Operation<RotateResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_ROTATE =
            Operation.of(API, "resources.secrets.rotate", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/secrets/{key}", 200, RotateResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<DeleteResourceSecretInput, ResourceSecretRef> RESOURCES_SECRETS_DELETE =
            Operation.of(API, "resources.secrets.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/secrets/{key}", 200, DeleteResourceSecretInput.class, ResourceSecretRef.class);
    public static final Operation<ShowResourceSecretInput, ResourceSecretDetail> RESOURCES_SECRETS_SHOW =
            Operation.of(API, "resources.secrets.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/secrets/{key}", 200, ShowResourceSecretInput.class, ResourceSecretDetail.class);
    public static final Operation<ImportResourceVariablesInput, ImportVariablesResult> RESOURCES_IMPORT_VARIABLES =
            Operation.of(API, "resources.importVariables", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/variables/import", 200, ImportResourceVariablesInput.class, ImportVariablesResult.class);
    public static final Operation<UnsetResourceVariableInput, Void> RESOURCES_UNSET_VARIABLE =
            Operation.of(API, "resources.unsetVariable", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/variables/{key}", 200, UnsetResourceVariableInput.class, Void.class);
    public static final Operation<ResourceEffectiveConfigInput, ResourceEffectiveConfig> RESOURCES_EFFECTIVE_CONFIG =
            Operation.of(API, "resources.effectiveConfig", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/effective-config", 200, ResourceEffectiveConfigInput.class, ResourceEffectiveConfig.class);
    public static final Operation<DiagnosticSummaryInput, ResourceDiagnosticSummary> RESOURCES_DIAGNOSTIC_SUMMARY =
            Operation.of(API, "resources.diagnosticSummary", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/diagnostic-summary", 200, DiagnosticSummaryInput.class, ResourceDiagnosticSummary.class);
    public static final Operation<AccessFailureEvidenceInput, AccessFailureEvidence> RESOURCES_ACCESS_FAILURE_EVIDENCE =
            Operation.of(API, "resources.accessFailureEvidence", OperationKind.QUERY, HttpMethod.GET, "/resource-access-failures/{requestId}", 200, AccessFailureEvidenceInput.class, AccessFailureEvidence.class);
    public static final Operation<ResourceHealthInput, ResourceHealth> RESOURCES_HEALTH =
            Operation.of(API, "resources.health", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/health", 200, ResourceHealthInput.class, ResourceHealth.class);
    public static final Operation<HealthHistoryInput, ResourceHealthHistory> RESOURCES_HEALTH_HISTORY =
            Operation.of(API, "resources.healthHistory", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/health-history", 200, HealthHistoryInput.class, ResourceHealthHistory.class);
    public static final Operation<ProxyConfigurationInput, ProxyConfiguration> RESOURCES_PROXY_CONFIGURATION =
            Operation.of(API, "resources.proxyConfiguration", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/proxy-configuration", 200, ProxyConfigurationInput.class, ProxyConfiguration.class);
    public static final Operation<RuntimeLogsInput, RuntimeLogs> RESOURCES_LOGS =
            Operation.of(API, "resources.logs", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/runtime-logs", 200, RuntimeLogsInput.class, RuntimeLogs.class);
    public static final Operation<RuntimeLogsInput, EventStream> RESOURCES_LOGS_STREAM =
            Operation.of(API, "resources.logsStream", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/runtime-logs/stream", 200, RuntimeLogsInput.class, EventStream.class);
    public static final Operation<ArchiveRuntimeLogsInput, RuntimeLogsArchived> RESOURCES_ARCHIVE_LOGS =
            Operation.of(API, "resources.archiveLogs", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime-log-archives", 201, ArchiveRuntimeLogsInput.class, RuntimeLogsArchived.class);
    public static final Operation<ListRuntimeLogArchivesInput, RuntimeLogArchiveList> RESOURCES_LOG_ARCHIVES_LIST =
            Operation.of(API, "resources.logArchives.list", OperationKind.QUERY, HttpMethod.GET, "/resources/runtime-log-archives", 200, ListRuntimeLogArchivesInput.class, RuntimeLogArchiveList.class);
    public static final Operation<ShowRuntimeLogArchiveInput, RuntimeLogArchiveShown> RESOURCES_LOG_ARCHIVES_SHOW =
            Operation.of(API, "resources.logArchives.show", OperationKind.QUERY, HttpMethod.GET, "/resources/runtime-log-archives/{archiveId}", 200, ShowRuntimeLogArchiveInput.class, RuntimeLogArchiveShown.class);
    public static final Operation<PruneRuntimeLogArchivesInput, RuntimeLogArchivesPruned> RESOURCES_LOG_ARCHIVES_PRUNE =
            Operation.of(API, "resources.logArchives.prune", OperationKind.COMMAND, HttpMethod.POST, "/resources/runtime-log-archives/prune", 200, PruneRuntimeLogArchivesInput.class, RuntimeLogArchivesPruned.class);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_STOP =
            Operation.of(API, "resources.runtime.stop", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/stop", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_START =
            Operation.of(API, "resources.runtime.start", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/start", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<RuntimeControlInput, RuntimeControlAttempt> RESOURCES_RUNTIME_RESTART =
            Operation.of(API, "resources.runtime.restart", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/runtime/restart", 202, RuntimeControlInput.class, RuntimeControlAttempt.class);
    public static final Operation<dev.appaloft.api.dependencies.BindDependencyInput, IdOutput> RESOURCES_DEPENDENCY_BINDINGS_BIND =
            Operation.of(API, "resources.dependencyBindings.bind", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/dependency-bindings", 201,
                    dev.appaloft.api.dependencies.BindDependencyInput.class, IdOutput.class);
    public static final Operation<dev.appaloft.api.dependencies.ListDependencyBindingsInput, dev.appaloft.api.dependencies.DependencyBindingList> RESOURCES_DEPENDENCY_BINDINGS_LIST =
            Operation.of(API, "resources.dependencyBindings.list", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/dependency-bindings", 200,
                    dev.appaloft.api.dependencies.ListDependencyBindingsInput.class, dev.appaloft.api.dependencies.DependencyBindingList.class);
    public static final Operation<dev.appaloft.api.dependencies.DependencyBindingRef, IdOutput> RESOURCES_DEPENDENCY_BINDINGS_UNBIND =
            Operation.of(API, "resources.dependencyBindings.unbind", OperationKind.COMMAND, HttpMethod.DELETE, "/resources/{resourceId}/dependency-bindings/{bindingId}", 200,
                    dev.appaloft.api.dependencies.DependencyBindingRef.class, IdOutput.class);
    public static final Operation<dev.appaloft.api.dependencies.DependencyBindingRef, dev.appaloft.api.dependencies.DependencyBindingShown> RESOURCES_DEPENDENCY_BINDINGS_SHOW =
            Operation.of(API, "resources.dependencyBindings.show", OperationKind.QUERY, HttpMethod.GET, "/resources/{resourceId}/dependency-bindings/{bindingId}", 200,
                    dev.appaloft.api.dependencies.DependencyBindingRef.class, dev.appaloft.api.dependencies.DependencyBindingShown.class);
    public static final Operation<dev.appaloft.api.dependencies.RotateBindingSecretInput, dev.appaloft.api.dependencies.SecretRotated> RESOURCES_DEPENDENCY_BINDINGS_ROTATE_SECRET =
            Operation.of(API, "resources.dependencyBindings.rotateSecret", OperationKind.COMMAND, HttpMethod.POST, "/resources/{resourceId}/dependency-bindings/{bindingId}/secret-rotations", 200,
                    dev.appaloft.api.dependencies.RotateBindingSecretInput.class, dev.appaloft.api.dependencies.SecretRotated.class);

    private ResourceOperations() {
    }
}

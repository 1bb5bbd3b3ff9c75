package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.stream.EventStream;

/**
 * The {@code resources.*} operations about a resource's running app: its output, stop/start/restart
 * without a new deployment, its health now and over time, a support-safe diagnostic summary, and its
 * route on the edge proxy. Reached through {@link ResourcesApi#runtime()}.
 */
public final class ResourceRuntimeApi {

    private final OperationExecutor executor;

    public ResourceRuntimeApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public RuntimeLogs logs(RuntimeLogsInput input) {
        return executor.execute(RESOURCES_LOGS, input);
    }

    /** Follows the app's output; close the stream when done with it. */
    public EventStream followLogs(RuntimeLogsInput input) {
        return executor.execute(RESOURCES_LOGS_STREAM, input);
    }

    public RuntimeControlAttempt stop(RuntimeControlInput input) {
        return executor.execute(RESOURCES_RUNTIME_STOP, input);
    }

    public RuntimeControlAttempt start(RuntimeControlInput input) {
        return executor.execute(RESOURCES_RUNTIME_START, input);
    }

    public RuntimeControlAttempt restart(RuntimeControlInput input) {
        return executor.execute(RESOURCES_RUNTIME_RESTART, input);
    }

    public ResourceHealth health(ResourceHealthInput input) {
        return executor.execute(RESOURCES_HEALTH, input);
    }

    public ResourceHealthHistory healthHistory(HealthHistoryInput input) {
        return executor.execute(RESOURCES_HEALTH_HISTORY, input);
    }

    public ResourceDiagnosticSummary diagnosticSummary(DiagnosticSummaryInput input) {
        return executor.execute(RESOURCES_DIAGNOSTIC_SUMMARY, input);
    }

    public AccessFailureEvidence accessFailureEvidence(AccessFailureEvidenceInput input) {
        return executor.execute(RESOURCES_ACCESS_FAILURE_EVIDENCE, input);
    }

    public ProxyConfiguration proxyConfiguration(ProxyConfigurationInput input) {
        return executor.execute(RESOURCES_PROXY_CONFIGURATION, input);
    }
}

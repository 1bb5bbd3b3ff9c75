package dev.appaloft.core.resources.running;

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

import dev.appaloft.api.resources.running.RuntimeControlAttempt.Operation;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/**
 * Registers the operations about a resource's running app: runtime logs (read and followed),
 * runtime controls, health and its history, the diagnostic summary, access failure evidence and
 * the proxy configuration preview.
 */
public final class RunningHandlers {

    private RunningHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes) {
        RunningApps apps = new RunningApps(ctx, runtimes);
        RuntimeLogReader logs = new RuntimeLogReader(apps);
        ProxyConfigurationHandler proxies = new ProxyConfigurationHandler(apps);
        registry.register(RESOURCES_LOGS, (in, actor) -> logs.read(logs.admit(actor, in)))
                .register(RESOURCES_LOGS_STREAM, (in, actor) -> {
                    LogRequest request = logs.admit(actor, in);
                    EventStream stream = Boolean.FALSE.equals(in.follow())
                            ? RuntimeLogStream.tail(logs, request, ctx::now)
                            : RuntimeLogStream.follow(logs, request, ctx::now);
                    return stream;
                })
                .register(RESOURCES_RUNTIME_STOP, new RuntimeControlHandler(apps, Operation.STOP))
                .register(RESOURCES_RUNTIME_START, new RuntimeControlHandler(apps, Operation.START))
                .register(RESOURCES_RUNTIME_RESTART, new RuntimeControlHandler(apps, Operation.RESTART))
                .register(RESOURCES_HEALTH, new ResourceHealthHandler(apps))
                .register(RESOURCES_HEALTH_HISTORY, new HealthHistoryHandler(apps))
                .register(RESOURCES_DIAGNOSTIC_SUMMARY, new DiagnosticSummaryHandler(apps, logs, proxies))
                .register(RESOURCES_ACCESS_FAILURE_EVIDENCE, new AccessFailureEvidenceHandler(apps))
                .register(RESOURCES_PROXY_CONFIGURATION, proxies);
    }
}

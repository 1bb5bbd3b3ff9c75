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

import dev.appaloft.api.extensions.*;

/**
 * The extension points: {@code capabilities.query} (from the access table), {@code entitlements.query},
 * {@code usageIntents.*}, {@code deploymentOverlays.*} and {@code routeSurfaces.*} (community defaults:
 * everything entitled and allowed, decisions and intents recorded).
 */
public final class ExtensionPointsApi {

    private final OperationExecutor executor;

    public ExtensionPointsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public CapabilityAnswers queryCapabilities(CapabilityQueryInput input) {
        return executor.execute(CAPABILITIES_QUERY, input);
    }

    public EntitlementAnswers queryEntitlements(EntitlementQueryInput input) {
        return executor.execute(ENTITLEMENTS_QUERY, input);
    }

    public UsageIntentRecorded recordUsageIntent(RecordUsageIntentInput input) {
        return executor.execute(USAGE_INTENTS_RECORD, input);
    }

    public UsageIntentList listUsageIntents(ListUsageIntentsInput input) {
        return executor.execute(USAGE_INTENTS_LIST, input);
    }

    public OverlayEvaluated evaluateDeploymentOverlay(EvaluateDeploymentOverlayInput input) {
        return executor.execute(DEPLOYMENT_OVERLAYS_EVALUATE, input);
    }

    public OverlayDecisionList listDeploymentOverlays(ListOverlayDecisionsInput input) {
        return executor.execute(DEPLOYMENT_OVERLAYS_LIST, input);
    }

    public OverlayEvaluated evaluateRouteSurface(EvaluateRouteSurfaceInput input) {
        return executor.execute(ROUTE_SURFACES_EVALUATE, input);
    }

    public OverlayDecisionList listRouteSurfaces(ListOverlayDecisionsInput input) {
        return executor.execute(ROUTE_SURFACES_LIST, input);
    }
}

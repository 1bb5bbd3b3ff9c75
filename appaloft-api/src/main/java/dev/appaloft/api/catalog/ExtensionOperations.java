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

/** The catalog's area of extension points. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class ExtensionOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<CapabilityQueryInput, CapabilityAnswers> CAPABILITIES_QUERY =
            Operation.of(API, "capabilities.query", OperationKind.QUERY, HttpMethod.POST, "/capabilities/query", 200, CapabilityQueryInput.class, CapabilityAnswers.class);
    public static final Operation<EntitlementQueryInput, EntitlementAnswers> ENTITLEMENTS_QUERY =
            Operation.of(API, "entitlements.query", OperationKind.QUERY, HttpMethod.POST, "/entitlements/query", 200, EntitlementQueryInput.class, EntitlementAnswers.class);
    public static final Operation<RecordUsageIntentInput, UsageIntentRecorded> USAGE_INTENTS_RECORD =
            Operation.of(API, "usageIntents.record", OperationKind.COMMAND, HttpMethod.POST, "/usage-intents", 202, RecordUsageIntentInput.class, UsageIntentRecorded.class);
    public static final Operation<ListUsageIntentsInput, UsageIntentList> USAGE_INTENTS_LIST =
            Operation.of(API, "usageIntents.list", OperationKind.QUERY, HttpMethod.GET, "/usage-intents", 200, ListUsageIntentsInput.class, UsageIntentList.class);
    public static final Operation<EvaluateDeploymentOverlayInput, OverlayEvaluated> DEPLOYMENT_OVERLAYS_EVALUATE =
            Operation.of(API, "deploymentOverlays.evaluate", OperationKind.COMMAND, HttpMethod.POST, "/deployment-overlays", 202, EvaluateDeploymentOverlayInput.class, OverlayEvaluated.class);
    public static final Operation<ListOverlayDecisionsInput, OverlayDecisionList> DEPLOYMENT_OVERLAYS_LIST =
            Operation.of(API, "deploymentOverlays.list", OperationKind.QUERY, HttpMethod.GET, "/deployment-overlays", 200, ListOverlayDecisionsInput.class, OverlayDecisionList.class);
    public static final Operation<EvaluateRouteSurfaceInput, OverlayEvaluated> ROUTE_SURFACES_EVALUATE =
            Operation.of(API, "routeSurfaces.evaluate", OperationKind.COMMAND, HttpMethod.POST, "/route-surfaces", 202, EvaluateRouteSurfaceInput.class, OverlayEvaluated.class);
    public static final Operation<ListOverlayDecisionsInput, OverlayDecisionList> ROUTE_SURFACES_LIST =
            Operation.of(API, "routeSurfaces.list", OperationKind.QUERY, HttpMethod.GET, "/route-surfaces", 200, ListOverlayDecisionsInput.class, OverlayDecisionList.class);

    private ExtensionOperations() {
    }
}

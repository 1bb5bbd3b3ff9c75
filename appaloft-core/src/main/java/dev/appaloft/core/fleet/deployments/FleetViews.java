package dev.appaloft.core.fleet.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.fleet.DeploymentGroupRef;
import dev.appaloft.api.fleet.DeploymentRecord;
import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.FleetDeploymentInfo;
import dev.appaloft.api.fleet.FleetDeploymentView;
import dev.appaloft.api.store.Lease;
import dev.appaloft.core.secrets.SecretBox;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a fleet deployment is shown: the API view (no variables), the acquire record, the info. */
public final class FleetViews {

    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private FleetViews() {
    }

    public static FleetDeploymentView view(FleetDeployment d, DeploymentGroupRef group) {
        return new FleetDeploymentView(d.id(), d.name(), d.platform(), d.status().wire(), d.groupId(), group,
                settings(d), copy(d.stackState()), copy(d.environmentInfo()), d.currentReleaseId(),
                d.desiredReleaseId(), d.retryRequested(), Timestamps.format(d.createdAt()),
                Timestamps.format(d.updatedAt()), copy(d.error()));
    }

    /**
     * The documents of a stored aggregate are shared with the decode cache; callers of the facade
     * get copies, so changing what they were given changes nothing stored.
     */
    static JsonNode copy(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    public static JsonNode settings(FleetDeployment d) {
        return d.stackSettings() == null ? EMPTY.deepCopy() : d.stackSettings().deepCopy();
    }

    /** The acquire payload; it carries the variables, secret values opened, for the lease holder. */
    public static DeploymentRecord record(FleetDeployment d, Lease lease, SecretBox secrets) {
        return new DeploymentRecord(d.id(), d.name(), d.groupId(), d.platform(), d.status().wire(),
                settings(d), copy(d.stackState()), copy(d.environmentInfo()),
                copy(d.runtimeMetadata()), d.currentReleaseId(), d.desiredReleaseId(), variables(d, secrets),
                d.retryRequested(), lease.owner(), Timestamps.format(lease.acquiredAt()),
                Timestamps.format(lease.expiresAt()), lease.fence(), Timestamps.format(d.createdAt()),
                Timestamps.format(d.updatedAt()), copy(d.error()));
    }

    public static List<EnvironmentVariable> variables(FleetDeployment d, SecretBox secrets) {
        return d.variables().stream().map(v -> v.open(secrets)).toList();
    }

    /**
     * Where to reach the deployment: each resource of its reported stack state with its type
     * and, when its outputs carry one, its public URL.
     */
    public static FleetDeploymentInfo info(FleetDeployment d, String publicUrl) {
        Map<String, FleetDeploymentInfo.Resource> resources = new LinkedHashMap<>();
        JsonNode states = d.stackState() == null ? null : d.stackState().get("resources");
        if (states != null && states.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode state = entry.getValue();
                String type = state.path("type").asText(state.path("config").path("type").asText("unknown"));
                JsonNode url = state.path("outputs").path("publicUrl");
                resources.put(entry.getKey(), new FleetDeploymentInfo.Resource(type, url.isTextual() ? url.asText() : null));
            }
        }
        return new FleetDeploymentInfo(new FleetDeploymentInfo.Commands(publicUrl, d.id()), resources, d.status().wire(),
                d.platform(), copy(d.error()));
    }
}

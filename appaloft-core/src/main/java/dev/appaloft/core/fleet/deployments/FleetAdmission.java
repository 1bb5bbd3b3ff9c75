package dev.appaloft.core.fleet.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.core.fleet.groups.DeploymentGroup;
import dev.appaloft.core.fleet.groups.GroupRepository;
import dev.appaloft.core.fleet.releases.Release;
import dev.appaloft.core.fleet.releases.ReleaseRepository;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admits a new deployment into a group ({@code create_deployment} and {@code initialize} alike):
 * takes a place of the group's quota and inserts the deployment in one transaction, with the
 * newest release of its platform as its desired release.
 */
public final class FleetAdmission {

    private FleetAdmission() {
    }

    public static FleetDeployment admit(UnitOfWork uow, String organizationId, String groupId, String name,
                                        Platform platform, JsonNode stackSettings, List<StoredVariable> variables) {
        Versioned<DeploymentGroup> group = GroupRepository.require(uow.tx(), organizationId, groupId);
        DeploymentGroup admitted = group.value().admit();
        String desired = ReleaseRepository.latestFor(uow.tx(), organizationId, platform).map(Release::id).orElse(null);
        FleetDeployment deployment = FleetDeployment.create(Ids.next("dp"), organizationId, groupId, name, platform,
                stackSettings, variables, desired, uow.now());
        FleetDeploymentRepository.insert(uow.tx(), deployment, uow.now());
        GroupRepository.update(uow.tx(), group, admitted, uow.now());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deploymentGroupId", groupId);
        payload.put("name", name);
        payload.put("platform", platform.wire());
        if (desired != null) {
            payload.put("desiredReleaseId", desired);
        }
        uow.event("fleet_deployment.created", deployment.id(), payload);
        return deployment;
    }

    /** Records a status change made by the server or reported by a worker. */
    public static void statusChanged(UnitOfWork uow, FleetDeployment before, FleetDeployment after, String cause) {
        if (before.status() != after.status()) {
            uow.event("fleet_deployment.status_changed", after.id(), Map.of("from", before.status().wire(),
                    "to", after.status().wire(), "cause", cause));
        }
    }

    /** A deployment that reached {@code deleted} frees its place in the group, in the same transaction. */
    public static void freeIfDeleted(UnitOfWork uow, FleetDeployment before, FleetDeployment after) {
        if (after.status() == dev.appaloft.api.fleet.FleetDeploymentStatus.DELETED
                && before.status() != dev.appaloft.api.fleet.FleetDeploymentStatus.DELETED) {
            Versioned<DeploymentGroup> group = GroupRepository.require(uow.tx(), after.organizationId(), after.groupId());
            GroupRepository.update(uow.tx(), group, group.value().free(), uow.now());
        }
    }
}

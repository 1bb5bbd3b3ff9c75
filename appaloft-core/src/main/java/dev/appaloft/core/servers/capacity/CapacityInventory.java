package dev.appaloft.core.servers.capacity;

import dev.appaloft.api.runtime.capacity.ManagedContainer;
import dev.appaloft.api.runtime.capacity.ManagedImage;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.deployments.sources.BuildWorkspaces;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * What Appaloft left on one server, each piece with the verdict of the deployment rules on it:
 * the containers and untagged images carrying a deployment label, and the build workspaces of the
 * server's deployments. Only this organization's things for this server are kept: a container of
 * another organization's deployment (two organizations may each register this host) is not
 * listed at all; one whose deployment is gone but whose resource is this organization's is kept
 * as unproven (never removed). The runtime is asked first, the store read after: no store read
 * is held open across a network call.
 */
record CapacityInventory(List<Container> containers, List<Image> images, List<Workspace> workspaces) {

    record Container(ManagedContainer container, RuntimeGuards.Guard guard) {

        /** Proven to be of one of this server's deployments (not merely of this organization's resource). */
        boolean proven() {
            return guard.deployment() != null;
        }
    }

    record Image(ManagedImage image, RuntimeGuards.Guard guard) {
    }

    record Workspace(BuildWorkspaces.Workspace workspace, RuntimeGuards.Guard guard) {
    }

    static final CapacityInventory EMPTY = new CapacityInventory(List.of(), List.of(), List.of());

    /**
     * @param capacity the server's capacity, or null when its runtime has none (then only
     *     workspaces are read)
     */
    static CapacityInventory read(CoreContext ctx, String organizationId, String serverId, ServerCapacity capacity,
                                  BuildWorkspaces workspaces, boolean withContainers, boolean withImages) {
        List<ManagedContainer> containers = capacity != null && withContainers
                ? capacity.containers(RuntimeGuards.DEPLOYMENT_LABEL) : List.of();
        List<ManagedImage> images = capacity != null && withImages
                ? capacity.danglingImages(RuntimeGuards.DEPLOYMENT_LABEL) : List.of();
        List<BuildWorkspaces.Workspace> folders = workspaces.list();
        return ctx.read(r -> {
            RuntimeGuards guards = RuntimeGuards.of(r, organizationId, serverId);
            List<Container> keptContainers = new ArrayList<>();
            for (ManagedContainer c : containers) {
                RuntimeGuards.Guard guard = guards.of(c.labels().get(RuntimeGuards.DEPLOYMENT_LABEL));
                if (guard.deployment() != null) {
                    keptContainers.add(new Container(c, guard));
                } else if (guard.verdict() == RuntimeGuards.Verdict.UNKNOWN && ownResource(r, organizationId, c)) {
                    keptContainers.add(new Container(c, guard));
                }
            }
            List<Image> keptImages = new ArrayList<>();
            for (ManagedImage image : images) {
                RuntimeGuards.Guard guard = guards.of(image.labels().get(RuntimeGuards.DEPLOYMENT_LABEL));
                if (guard.deployment() != null) {
                    keptImages.add(new Image(image, guard));
                }
            }
            List<Workspace> keptWorkspaces = new ArrayList<>();
            for (BuildWorkspaces.Workspace w : folders) {
                RuntimeGuards.Guard guard = guards.of(w.deploymentId());
                if (guard.deployment() != null) {
                    keptWorkspaces.add(new Workspace(w, guard));
                }
            }
            return new CapacityInventory(List.copyOf(keptContainers), List.copyOf(keptImages),
                    List.copyOf(keptWorkspaces));
        });
    }

    private static boolean ownResource(dev.appaloft.api.store.StoreReader r, String organizationId, ManagedContainer c) {
        String resource = c.labels().get(RuntimeGuards.RESOURCE_LABEL);
        return resource != null && ResourceRepository.find(r, organizationId, resource).isPresent();
    }
}

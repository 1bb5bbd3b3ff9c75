package dev.appaloft.core.previews;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.runtime.RuntimeVolume;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a preview made: on its server, the copy's containers (with their anonymous
 * volumes), images, labelled volumes and proxy route; in the store, the resource copy (archived,
 * then deleted) and the preview environment (archived: environments are never deleted), and the
 * preview reads {@code cleanup-requested}. Deployments and audit events stay. The machine is
 * cleaned first, so a failure there leaves the preview active and the cleanup can be asked again.
 */
final class PreviewTeardown {

    static final String CLEANED_EVENT = "preview-environment-cleaned";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewTeardown.class);

    /** What one cleanup did. */
    record Cleaned(boolean cleanedRuntime, boolean removedRoute, PreviewEnvironment preview) {
    }

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    PreviewTeardown(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    /** Cleans the preview up; {@code operationKey} is what the audit event is recorded under. */
    Cleaned clean(Actor actor, PreviewEnvironment preview, String operationKey, String reason) {
        boolean[] machine = onMachine(preview);
        PreviewEnvironment done = ctx.command(actor, operationKey, uow -> {
            Versioned<PreviewEnvironment> current = PreviewRepositories.PREVIEWS.find(uow.tx(), preview.id())
                    .orElseThrow(() -> AppaloftException.notFound("preview environment", preview.id()));
            ResourceRepository.find(uow.tx(), preview.organizationId(), preview.resourceId()).ifPresent(r -> {
                Resource copy = r.value();
                Resource archived = copy.lifecycleStatus() == ResourceLifecycleStatus.ACTIVE
                        ? copy.archive("preview closed", uow.now()) : copy;
                if (archived.lifecycleStatus() != ResourceLifecycleStatus.DELETED) {
                    ResourceRepository.update(uow.tx(), r, archived.delete(uow.now()), uow.now());
                }
            });
            EnvironmentRepository.find(uow.tx(), preview.organizationId(), preview.environmentId()).ifPresent(e -> {
                Environment env = e.value();
                if (env.lifecycleStatus() != EnvironmentLifecycleStatus.ARCHIVED) {
                    EnvironmentRepository.update(uow.tx(), e, env.archive("preview closed", uow.now()), uow.now());
                }
            });
            PreviewEnvironment next = current.value().active() ? current.value().cleanupRequested(uow.now())
                    : current.value();
            PreviewRepositories.PREVIEWS.update(uow.tx(), current, next, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("reason", reason);
            payload.put("resourceId", preview.resourceId());
            payload.put("environmentId", preview.environmentId());
            payload.put("pullRequestNumber", preview.pullRequestNumber());
            payload.put("cleanedRuntime", machine[0]);
            uow.event(CLEANED_EVENT, preview.id(), payload);
            return next;
        });
        ctx.signals().changed();
        return new Cleaned(machine[0], machine[1], done);
    }

    /** {cleaned runtime, removed route}; a server without a runtime here has nothing of the preview's to remove. */
    private boolean[] onMachine(PreviewEnvironment preview) {
        if (preview.serverId() == null) {
            return new boolean[] {false, false};
        }
        Optional<Server> server = ctx.read(r -> ServerRepository.find(r, preview.organizationId(), preview.serverId()))
                .map(Versioned::value);
        if (server.isEmpty()) {
            return new boolean[] {false, false};
        }
        String provider = server.get().providerKey();
        DeploymentRuntime runtime;
        try {
            runtime = runtimes.require(provider, preview.serverId());
        } catch (AppaloftException e) {
            if (e.code() != ErrorCode.PROVIDER_NOT_CONFIGURED) {
                throw e;
            }
            return new boolean[] {false, false};
        }
        Map<String, String> labels = Map.of(RuntimeGuards.RESOURCE_LABEL, preview.resourceId());
        List<RuntimeInstance> instances = runtime.find(labels);
        instances.forEach(i -> runtime.retire(i, (phase, level, message) -> LOG.debug("preview {}: {}", preview.id(),
                message)));
        for (String image : runtime.images(labels)) {
            runtime.removeImage(image, (phase, level, message) -> LOG.debug("preview {}: {}", preview.id(), message));
        }
        runtime.volumes().ifPresent(volumes -> volumes.list(labels).stream().map(RuntimeVolume::name)
                .forEach(volumes::remove));
        Optional<EdgeProxy> proxy = runtimes.proxy(provider, preview.serverId());
        proxy.ifPresent(p -> p.remove(DeploymentRuntimes.routeId(preview.resourceId())));
        LOG.info("preview {} removed from server {}: {} instance(s)", preview.id(), preview.serverId(),
                instances.size());
        return new boolean[] {true, proxy.isPresent()};
    }
}

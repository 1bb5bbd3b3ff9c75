package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceSecretDetail;
import dev.appaloft.api.resources.ResourceSecretList;
import dev.appaloft.api.resources.ResourceSecretView;
import dev.appaloft.api.variables.MaskedVariable;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.internal.CoreContext;
import java.util.List;

/** The secrets list and show queries: which secrets exist and when they changed, values masked. */
final class ResourceSecretReads {

    private final CoreContext ctx;

    ResourceSecretReads(CoreContext ctx) {
        this.ctx = ctx;
    }

    ResourceSecretList list(Actor actor, String resourceId, VariableExposure exposure) {
        Resource resource = ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), resourceId)).value();
        List<ResourceSecretView> items = resource.variables().stream()
                .filter(ConfigEntry::isSecret)
                .filter(e -> exposure == null || e.exposure() == exposure)
                .map(e -> view(resource, e)).toList();
        return new ResourceSecretList(ResourceSecretList.SCHEMA_VERSION, resource.id(), items, Timestamps.format(ctx.now()));
    }

    ResourceSecretDetail show(Actor actor, String resourceId, String key, VariableExposure exposure) {
        Resource resource = ctx.read(r -> ResourceRepository.require(r, actor.organizationId(), resourceId)).value();
        VariableExposure wanted = exposure == null ? VariableExposure.RUNTIME : exposure;
        ConfigEntry entry = ResourceVariables.find(resource, key, wanted).filter(ConfigEntry::isSecret)
                .orElseThrow(() -> new AppaloftException(ErrorCode.RESOURCE_SECRET_NOT_FOUND,
                        "resource " + resource.id() + " has no secret " + key));
        return new ResourceSecretDetail(ResourceSecretDetail.SCHEMA_VERSION, view(resource, entry),
                Timestamps.format(ctx.now()));
    }

    private static ResourceSecretView view(Resource resource, ConfigEntry e) {
        return new ResourceSecretView(resource.id(), e.key(), MaskedVariable.MASK, "resource", e.exposure(), true,
                "secret", Timestamps.format(e.updatedAt()));
    }
}

package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.ResourceEffectiveConfig;
import dev.appaloft.api.resources.ResourceEffectiveConfigInput;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code resources.effectiveConfig}: the environment's entries with the resource's on top, as a
 * deployment of the resource would see them, with the scopes each winner overrode. Secrets masked.
 */
final class ResourceEffectiveConfigHandler implements Handler<ResourceEffectiveConfigInput, ResourceEffectiveConfig> {

    private final CoreContext ctx;

    ResourceEffectiveConfigHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResourceEffectiveConfig handle(ResourceEffectiveConfigInput input, Actor actor) {
        return ctx.read(r -> {
            Resource resource = ResourceRepository.require(r, actor.organizationId(), input.resourceId()).value();
            Environment env = EnvironmentRepository.require(r, actor.organizationId(), resource.environmentId()).value();
            List<ConfigEntry> all = new ArrayList<>(env.variables());
            all.addAll(resource.variables());
            List<ConfigEntry> effective = Precedence.effective(all);

            Map<Precedence.Slot, List<ConfigEntry>> bySlot = new TreeMap<>(Comparator
                    .comparing(Precedence.Slot::key).thenComparing(Precedence.Slot::exposure));
            all.forEach(e -> bySlot.computeIfAbsent(new Precedence.Slot(e.key(), e.exposure()), k -> new ArrayList<>()).add(e));
            List<ResourceEffectiveConfig.Override> overrides = new ArrayList<>();
            for (ConfigEntry winner : effective) {
                List<String> lost = bySlot.get(new Precedence.Slot(winner.key(), winner.exposure())).stream()
                        .filter(e -> e != winner).sorted(Comparator.comparing(ConfigEntry::scope).reversed())
                        .map(e -> e.scope().wire()).toList();
                if (!lost.isEmpty()) {
                    overrides.add(new ResourceEffectiveConfig.Override(winner.key(), winner.exposure(),
                            winner.scope().wire(), lost));
                }
            }
            return new ResourceEffectiveConfig(ResourceEffectiveConfig.SCHEMA_VERSION, resource.id(), env.id(),
                    resource.variables().stream().map(ConfigEntry::view).toList(),
                    effective.stream().map(ConfigEntry::view).toList(), overrides, Precedence.ORDER,
                    Timestamps.format(ctx.now()));
        });
    }
}

package dev.appaloft.api.servers.capacity;

import java.time.Instant;
import java.util.List;

/**
 * {@code servers.capacity.prune}: what Appaloft left on a server that changed last before
 * {@code before} (an ISO instant, required) in the given categories (default
 * {@link PruneCategory#PRUNE_DEFAULTS}). A dry run (the default) only reports; {@code dryRun}
 * false removes.
 */
public record PruneServerCapacityInput(String serverId, String before, List<PruneCategory> categories, Boolean dryRun) {

    public static PruneServerCapacityInput dryRun(String serverId, Instant before, PruneCategory... categories) {
        return new PruneServerCapacityInput(serverId, before.toString(), categories.length == 0 ? null
                : List.of(categories), true);
    }

    public static PruneServerCapacityInput destructive(String serverId, Instant before, PruneCategory... categories) {
        return new PruneServerCapacityInput(serverId, before.toString(), categories.length == 0 ? null
                : List.of(categories), false);
    }
}

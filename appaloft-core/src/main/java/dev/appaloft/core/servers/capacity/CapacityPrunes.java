package dev.appaloft.core.servers.capacity;

import static dev.appaloft.api.servers.capacity.ServerCapacityPruned.EXCLUDED;
import static dev.appaloft.api.servers.capacity.ServerCapacityPruned.MATCHED;
import static dev.appaloft.api.servers.capacity.ServerCapacityPruned.PRUNED;
import static dev.appaloft.api.servers.capacity.ServerCapacityPruned.SKIPPED;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.runtime.capacity.Removal;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import dev.appaloft.api.servers.capacity.CapacityWarning;
import dev.appaloft.api.servers.capacity.PruneCategory;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned.Candidate;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned.Reasons;
import dev.appaloft.core.deployments.RuntimeGuards;
import dev.appaloft.core.deployments.sources.BuildWorkspaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, candidate by candidate, what a prune keeps and why, and in a real run removes the rest:
 * Appaloft's stopped containers first (their volumes stay), then its untagged images (a container
 * removed a moment ago may have held one), then build workspaces. A guard always wins: an
 * unproven owner, a running container, the active runtime, a rollback candidate, a change at or
 * after the cutoff, an unknown change time. A removal the engine refuses is reported skipped,
 * never forced. Categories with nothing of Appaloft's behind them here are one skipped line each.
 */
final class CapacityPrunes {

    /** A decided candidate and the bytes it freed (in a dry run: would free). */
    record Outcome(List<Candidate> candidates, long reclaimedBytes, List<CapacityWarning> warnings) {
    }

    private final ServerCapacity capacity;
    private final BuildWorkspaces workspaces;
    private final Instant before;
    private final boolean dryRun;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<CapacityWarning> warnings = new ArrayList<>();
    private long reclaimed;

    private CapacityPrunes(ServerCapacity capacity, BuildWorkspaces workspaces, Instant before, boolean dryRun) {
        this.capacity = capacity;
        this.workspaces = workspaces;
        this.before = before;
        this.dryRun = dryRun;
    }

    static Outcome run(ServerCapacity capacity, BuildWorkspaces workspaces, CapacityInventory inventory,
                       Set<PruneCategory> categories, Instant before, boolean dryRun) {
        CapacityPrunes prune = new CapacityPrunes(capacity, workspaces, before, dryRun);
        for (PruneCategory category : PruneCategory.values()) {
            if (categories.contains(category)) {
                prune.category(category, inventory);
            }
        }
        return new Outcome(List.copyOf(prune.candidates), prune.reclaimed, List.copyOf(prune.warnings));
    }

    private void category(PruneCategory category, CapacityInventory inventory) {
        switch (category) {
            case STOPPED_CONTAINERS -> inventory.containers().forEach(this::container);
            case UNUSED_IMAGES -> inventory.images().forEach(this::image);
            case SOURCE_WORKSPACES -> inventory.workspaces().forEach(this::workspace);
            case PREVIEW_WORKSPACES -> unsupported(category, "preview workspaces: this control plane makes no preview"
                    + " environments");
            case DOCKER_BUILD_CACHE -> unsupported(category, "docker build cache: shared with whatever else builds on"
                    + " the host, so Appaloft never prunes it");
            case REMOTE_STATE_MARKERS -> unsupported(category, "remote state markers: Appaloft keeps no state on"
                    + " servers");
        }
    }

    private void container(CapacityInventory.Container c) {
        var container = c.container();
        String target = "container " + (container.name() == null || container.name().isEmpty() ? container.id()
                : container.name());
        Long size = container.writableBytes();
        String reason = !c.proven() ? Reasons.OWNERSHIP_UNPROVEN
                : container.running() ? Reasons.ACTIVE_RUNTIME
                : guardReason(c.guard(), container.updatedAt());
        Candidate decided = decide(container.id(), PruneCategory.STOPPED_CONTAINERS, target, container.updatedAt(),
                size, reason, () -> capacity.removeStoppedContainer(container.id()));
        candidates.add(decided);
        if (c.proven()) {
            for (String volume : container.volumes()) {
                candidates.add(new Candidate(volume, PruneCategory.STOPPED_CONTAINERS, "volume " + volume + " of "
                        + target, null, null, EXCLUDED, Reasons.VOLUME_EXCLUDED));
            }
        }
    }

    private void image(CapacityInventory.Image i) {
        var image = i.image();
        candidates.add(decide(image.id(), PruneCategory.UNUSED_IMAGES, "untagged image " + shortId(image.id()),
                image.createdAt(), image.sizeBytes(), guardReason(i.guard(), image.createdAt()),
                () -> capacity.removeUnusedImage(image.id())));
    }

    private void workspace(CapacityInventory.Workspace w) {
        var workspace = w.workspace();
        candidates.add(decide(workspace.deploymentId(), PruneCategory.SOURCE_WORKSPACES, workspace.path().toString(),
                workspace.updatedAt(), workspace.bytes(), guardReason(w.guard(), workspace.updatedAt()),
                () -> workspaces.remove(workspace.deploymentId()) ? Removal.removed()
                        : Removal.refused("the folder could not be removed completely")));
    }

    private void unsupported(PruneCategory category, String target) {
        candidates.add(new Candidate(category.wire(), category, target, null, null, SKIPPED,
                Reasons.UNSUPPORTED_CATEGORY));
    }

    /** Why the deployment rules keep it, or null when it may go. */
    private String guardReason(RuntimeGuards.Guard guard, Instant updatedAt) {
        return switch (guard.verdict()) {
            case UNKNOWN, ELSEWHERE -> Reasons.OWNERSHIP_UNPROVEN;
            case ACTIVE -> Reasons.ACTIVE_RUNTIME;
            case ROLLBACK_CANDIDATE -> Reasons.ROLLBACK_CANDIDATE;
            case ENDED -> updatedAt == null ? Reasons.SAFETY_EVIDENCE_MISSING
                    : updatedAt.isBefore(before) ? null : Reasons.CUTOFF_NOT_REACHED;
        };
    }

    private Candidate decide(String id, PruneCategory category, String target, Instant updatedAt, Long size,
                             String reason, java.util.function.Supplier<Removal> removal) {
        String at = Timestamps.format(updatedAt);
        if (reason != null) {
            return new Candidate(id, category, target, at, size, SKIPPED, reason);
        }
        if (dryRun) {
            reclaimed += size == null ? 0 : size;
            return new Candidate(id, category, target, at, size, MATCHED, null);
        }
        Removal done;
        try {
            done = removal.get();
        } catch (RuntimeException e) {
            done = Removal.refused(e.getMessage());
        }
        switch (done.outcome()) {
            case REMOVED -> reclaimed += size == null ? 0 : size;
            case ALREADY_GONE -> {
                // gone before we got to it: nothing of it is left, nothing was freed by this prune
            }
            case REFUSED -> {
                warnings.add(CapacityWarning.of(CapacityWarning.PARTIAL_DIAGNOSTIC, "appaloft-runtime",
                        target + " was kept: " + done.reason()));
                return new Candidate(id, category, target, at, size, SKIPPED, Reasons.SAFETY_EVIDENCE_MISSING);
            }
        }
        return new Candidate(id, category, target, at, size, PRUNED, null);
    }

    private static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.length() > 12 ? bare.substring(0, 12) : bare;
    }
}

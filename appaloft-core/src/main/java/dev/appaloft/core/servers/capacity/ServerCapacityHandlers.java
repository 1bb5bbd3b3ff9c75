package dev.appaloft.core.servers.capacity;

import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_INSPECT;
import static dev.appaloft.api.catalog.ServerOperations.SERVERS_CAPACITY_PRUNE;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.capacity.HostCapacity;
import dev.appaloft.api.runtime.capacity.ServerCapacity;
import dev.appaloft.api.servers.capacity.CapacityWarning;
import dev.appaloft.api.servers.capacity.InspectServerCapacityInput;
import dev.appaloft.api.servers.capacity.PruneCategory;
import dev.appaloft.api.servers.capacity.PruneServerCapacityInput;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned.Candidate;
import dev.appaloft.api.servers.capacity.ServerCapacityReport;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.deployments.sources.BuildWorkspaces;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code servers.capacity.inspect} and {@code servers.capacity.prune}. Both reach the server
 * through its runtime's {@link ServerCapacity}, whatever the runtime is (this host's Docker
 * engine, the docker CLI over SSH): the handlers only read the store, decide by the deployment
 * rules and ask for removals. Inspect changes nothing. Prune is a dry run unless told otherwise;
 * a real run leaves one audit event with its counts (never paths or names), and an audit that
 * fails after removals is a warning, not a failure (the removals are not undone or retried).
 */
public final class ServerCapacityHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCapacityHandlers.class);
    /** At most this many candidates are listed; the counts cover all of them. */
    static final int OUTPUT_LIMIT = 200;

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final BuildWorkspaces workspaces;
    private final Path stateDirectory;

    private ServerCapacityHandlers(CoreContext ctx, DeploymentRuntimes runtimes, BuildWorkspaces workspaces,
                                   Path stateDirectory) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.workspaces = workspaces;
        this.stateDirectory = stateDirectory;
    }

    /** @param stateDirectory where the control plane keeps its state (its data directory), or null when unknown */
    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                BuildWorkspaces workspaces, Path stateDirectory) {
        ServerCapacityHandlers h = new ServerCapacityHandlers(ctx, runtimes, workspaces, stateDirectory);
        registry.register(SERVERS_CAPACITY_INSPECT, h::inspect);
        registry.register(SERVERS_CAPACITY_PRUNE, h::prune);
    }

    ServerCapacityReport inspect(InspectServerCapacityInput in, Actor actor) {
        Validation v = new Validation();
        String serverId = v.text("serverId", in.serverId(), 200);
        v.throwIfInvalid();
        Server server = ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId)).value();
        Optional<ServerCapacity> capacity = runtimes.capacity(server.providerKey(), server.id());
        String inspectedAt = Timestamps.format(ctx.now());
        HostCapacity host = capacity.map(c -> reaching(c::inspect)).orElse(null);
        CapacityInventory inventory = reaching(() -> CapacityInventory.read(ctx, actor.organizationId(), server.id(),
                capacity.orElse(null), workspaces, host == null || host.engine() != null,
                host == null || host.engine() != null));
        ServerCapacityReport.Location state = host != null && host.controlPlaneHost() && stateDirectory != null
                ? StateRoot.measure(stateDirectory) : new ServerCapacityReport.Location("", null, false);
        return CapacityReports.report(server, inspectedAt, host, inventory, state, workspaces.root().orElse(null));
    }

    ServerCapacityPruned prune(PruneServerCapacityInput in, Actor actor) {
        Validation v = new Validation();
        String serverId = v.text("serverId", in.serverId(), 200);
        Instant before = before(v, in.before());
        v.check(in.categories() == null || !in.categories().isEmpty(), "categories",
                "categories must name at least one category");
        v.check(in.categories() == null || in.categories().stream().allMatch(java.util.Objects::nonNull), "categories",
                "categories must not hold null");
        v.throwIfInvalid();
        boolean dryRun = !Boolean.FALSE.equals(in.dryRun());
        List<PruneCategory> categories = in.categories() == null ? PruneCategory.PRUNE_DEFAULTS
                : List.copyOf(new java.util.LinkedHashSet<>(in.categories()));
        Server server = ctx.read(r -> ServerRepository.require(r, actor.organizationId(), serverId)).value();
        ServerCapacity capacity = runtimes.capacity(server.providerKey(), server.id()).orElseThrow(() ->
                new AppaloftException(ErrorCode.RUNTIME_TARGET_UNSUPPORTED, "servers of provider " + server.providerKey()
                        + " cannot be pruned by this control plane; nothing was changed"));
        Set<PruneCategory> wanted = EnumSet.copyOf(categories);
        CapacityInventory inventory = reaching(() -> CapacityInventory.read(ctx, actor.organizationId(), server.id(),
                capacity, workspaces, wanted.contains(PruneCategory.STOPPED_CONTAINERS),
                wanted.contains(PruneCategory.UNUSED_IMAGES)));
        CapacityPrunes.Outcome outcome = CapacityPrunes.run(capacity, workspaces, inventory, wanted, before, dryRun);
        Instant prunedAt = ctx.now();
        List<CapacityWarning> warnings = new ArrayList<>(outcome.warnings());
        ServerCapacityPruned.Summary summary = summary(outcome);
        if (!dryRun && !audit(actor, server.id(), before, categories, summary, prunedAt)) {
            warnings.add(CapacityWarning.of(CapacityWarning.AUDIT_RECORD_FAILED, "appaloft-runtime", "the prune ran but"
                    + " its audit record could not be written; the removals stand and are not retried"));
        }
        List<Candidate> listed = outcome.candidates().size() > OUTPUT_LIMIT
                ? outcome.candidates().subList(0, OUTPUT_LIMIT) : outcome.candidates();
        return new ServerCapacityPruned(ServerCapacityPruned.SCHEMA_VERSION, CapacityReports.target(server),
                Timestamps.format(before), categories, dryRun, Timestamps.format(prunedAt), summary, listed, warnings);
    }

    private static ServerCapacityPruned.Summary summary(CapacityPrunes.Outcome outcome) {
        long matched = 0;
        long pruned = 0;
        long skipped = 0;
        long excluded = 0;
        for (Candidate c : outcome.candidates()) {
            switch (c.action()) {
                case ServerCapacityPruned.MATCHED -> matched++;
                case ServerCapacityPruned.PRUNED -> pruned++;
                case ServerCapacityPruned.SKIPPED -> skipped++;
                default -> excluded++;
            }
        }
        long total = outcome.candidates().size();
        long reported = Math.min(total, OUTPUT_LIMIT);
        // in a real run every candidate that passed the guards was matched, then pruned (or refused: skipped)
        return new ServerCapacityPruned.Summary(total, matched + pruned, pruned, skipped, excluded,
                outcome.reclaimedBytes(), reported, total - reported, OUTPUT_LIMIT);
    }

    private boolean audit(Actor actor, String serverId, Instant before, List<PruneCategory> categories,
                          ServerCapacityPruned.Summary summary, Instant prunedAt) {
        try {
            ctx.command(actor, "servers.capacity.prune", uow -> {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("before", Timestamps.format(before));
                payload.put("categories", categories.stream().map(PruneCategory::wire).toList());
                payload.put("matchedCount", summary.matchedCount());
                payload.put("prunedCount", summary.prunedCount());
                payload.put("skippedCount", summary.skippedCount());
                payload.put("excludedCount", summary.excludedCount());
                payload.put("reclaimedBytes", summary.reclaimedBytes());
                payload.put("prunedAt", Timestamps.format(prunedAt));
                uow.event("server.capacity-pruned", serverId, payload);
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warn("the audit record of a capacity prune of server {} failed: {}", serverId, e.toString());
            return false;
        }
    }

    private static Instant before(Validation v, String value) {
        if (Validation.filter(value) == null) {
            v.required("before", null);
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.check(false, "before", "before must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
            return null;
        }
    }

    /** A runtime's own failures (ssh_unreachable, ...) pass as they are; anything else is a capacity failure. */
    private static <T> T reaching(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (AppaloftException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("a capacity reading failed", e);
            throw new AppaloftException(ErrorCode.RUNTIME_TARGET_CAPACITY_FAILED, "the server's capacity could not be"
                    + " read: " + e.getMessage());
        }
    }
}

package dev.appaloft.core.fleet.sync;

import dev.appaloft.api.fleet.AcquireInput;
import dev.appaloft.api.fleet.AcquireOutput;
import dev.appaloft.api.fleet.AcquiredDeployment;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.Lease;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.deployments.FleetDeployment;
import dev.appaloft.core.fleet.deployments.FleetDeploymentRepository;
import dev.appaloft.core.fleet.deployments.FleetViews;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code acquire}: leases on deployments that need work. The filters of the request are all
 * honoured (the original ignored {@code deploymentIds}). A deployment is returned only if its
 * lease was taken and, read again under the lease, it still needs work: two sessions never hold
 * one deployment, and nobody is handed a deployment that another worker has just settled.
 */
final class Acquisition {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;
    private static final int PAGE = 100;

    private final CoreContext ctx;
    private final FleetLeases leases;

    Acquisition(CoreContext ctx, FleetLeases leases) {
        this.ctx = ctx;
        this.leases = leases;
    }

    AcquireOutput acquire(FleetPrincipal p, AcquireInput in) {
        if (p.isGroupToken()) {
            throw FleetFailures.forbidden("Deployment group tokens cannot acquire deployments");
        }
        Validation v = new Validation();
        String session = v.text("session", in.session(), 256);
        int limit = in.limit() == null ? DEFAULT_LIMIT : in.limit();
        v.check(limit >= 0 && limit <= MAX_LIMIT, "limit", "limit must be between 0 and " + MAX_LIMIT);
        Set<FleetDeploymentStatus> statuses = statuses(in.statuses(), v);
        v.check(in.platforms() == null || in.platforms().stream().noneMatch(java.util.Objects::isNull), "platforms", "platforms must not hold null");
        v.throwIfInvalid();
        Set<Platform> platforms = in.platforms() == null || in.platforms().isEmpty() ? null : EnumSet.copyOf(in.platforms());
        Filter filter = new Filter(platforms, statuses);
        List<String> ids = in.deploymentIds();
        if (p.isDeploymentToken()) {
            // a deployment token acquires its own deployment, whatever else it names
            ids = ids == null || ids.contains(p.deploymentId()) ? List.of(p.deploymentId()) : List.of();
        }
        List<AcquiredDeployment> out = new ArrayList<>();
        if (limit == 0) {
            return new AcquireOutput(out);
        }
        if (ids != null) {
            for (String id : new LinkedHashSet<>(ids)) {
                if (out.size() >= limit) {
                    break;
                }
                if (id == null) {
                    continue;
                }
                ctx.read(r -> FleetDeploymentRepository.find(r, p.organizationId(), id)).map(Versioned::value)
                        .filter(filter::wants)
                        .flatMap(d -> take(p, d, session, filter))
                        .ifPresent(out::add);
            }
            return new AcquireOutput(out);
        }
        Set<String> wire = (statuses == null ? FleetDeploymentStatus.acquirable() : statuses).stream()
                .filter(FleetDeploymentStatus.acquirable()::contains)
                .map(FleetDeploymentStatus::wire).collect(Collectors.toSet());
        if (wire.isEmpty()) {
            return new AcquireOutput(out);
        }
        DocumentQuery query = FleetDeploymentRepository.scope(p.organizationId(), null).statusIn(wire).limit(PAGE);
        while (out.size() < limit) {
            DocumentQuery page = query;
            List<Versioned<FleetDeployment>> candidates = ctx.read(r -> FleetDeploymentRepository.query(r, page));
            for (Versioned<FleetDeployment> candidate : candidates) {
                if (out.size() >= limit) {
                    break;
                }
                FleetDeployment d = candidate.value();
                if (filter.wants(d) && leases.heldByOther(d.id(), session, ctx.now()).isEmpty()) {
                    take(p, d, session, filter).ifPresent(out::add);
                }
            }
            if (candidates.size() < PAGE) {
                break;
            }
            FleetDeployment last = candidates.get(candidates.size() - 1).value();
            query = query.after(last.createdAt(), last.id());
        }
        return new AcquireOutput(out);
    }

    private Optional<AcquiredDeployment> take(FleetPrincipal p, FleetDeployment d, String session, Filter filter) {
        boolean heldAlready = leases.find(d.id()).filter(l -> l.owner().equals(session) && l.isLiveAt(ctx.now()))
                .isPresent();
        Optional<Lease> lease = leases.acquire(d.id(), session);
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        Optional<FleetDeployment> fresh = ctx.read(r -> FleetDeploymentRepository.find(r, p.organizationId(), d.id()))
                .map(Versioned::value).filter(filter::wants);
        if (fresh.isEmpty()) {
            if (!heldAlready) {
                leases.release(d.id(), session);
            }
            return Optional.empty();
        }
        return Optional.of(new AcquiredDeployment(FleetViews.record(fresh.get(), lease.get(), ctx.secrets())));
    }

    private static Set<FleetDeploymentStatus> statuses(List<String> given, Validation v) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        Set<FleetDeploymentStatus> out = EnumSet.noneOf(FleetDeploymentStatus.class);
        for (int i = 0; i < given.size(); i++) {
            Optional<FleetDeploymentStatus> s = FleetDeploymentStatus.parse(given.get(i));
            v.check(s.isPresent(), List.of("statuses", i), "unknown deployment status " + given.get(i));
            s.ifPresent(out::add);
        }
        return out;
    }

    /** What the request asks for, on top of "needs work". */
    private record Filter(Set<Platform> platforms, Set<FleetDeploymentStatus> statuses) {
        boolean wants(FleetDeployment d) {
            return d.hasWork() && (platforms == null || platforms.contains(d.platform()))
                    && (statuses == null || statuses.contains(d.status()));
        }
    }
}

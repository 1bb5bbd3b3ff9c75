package dev.appaloft.core.fleet.releases;

import static dev.appaloft.api.catalog.AlienOperations.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.GitMetadata;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.deployments.FleetDeployment;
import dev.appaloft.core.fleet.deployments.FleetDeploymentRepository;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Releases: admins publish them; any token of the organization reads them (agents fetch their
 * target's stack). A release is immutable; publishing one makes it the desired release of every
 * deployment of its platforms in the same transaction.
 */
public final class ReleaseHandlers {

    private static final Set<String> DELETED = Set.of(FleetDeploymentStatus.DELETED.wire());

    private ReleaseHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, FleetAccess access) {
        registry.register(CREATE_RELEASE, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdmin(p);
            ObjectNode stacks = StackShape.check(in.stack());
            GitMetadata git = in.gitMetadata() == null || in.gitMetadata().isEmpty() ? null : in.gitMetadata();
            Validation v = new Validation();
            if (git != null) {
                v.maxLength("gitMetadata.commitSha", git.commitSha(), 200);
                v.maxLength("gitMetadata.commitRef", git.commitRef(), 1000);
                v.maxLength("gitMetadata.commitMessage", git.commitMessage(), 10_000);
            }
            v.throwIfInvalid();
            return ctx.command(actor, CREATE_RELEASE.key(), uow -> {
                Release release = new Release(Ids.next("rel"), p.organizationId(), stacks, git, uow.now());
                ReleaseRepository.insert(uow.tx(), release);
                int updated = propagate(uow, release);
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("platforms", release.platforms().stream().map(pl -> pl.wire()).toList());
                payload.put("deploymentsUpdated", updated);
                uow.event("release.created", release.id(), payload);
                return release.view();
            });
        });
        registry.register(GET_LATEST_RELEASE, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            return ctx.read(r -> ReleaseRepository.latest(r, p.organizationId()))
                    .orElseThrow(() -> FleetFailures.releaseNotFound("latest")).view();
        });
        registry.register(GET_RELEASE, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            String id = in.id();
            if (id == null || id.isBlank()) {
                throw FleetFailures.releaseNotFound(String.valueOf(id));
            }
            return ctx.read(r -> ReleaseRepository.find(r, p.organizationId(), id))
                    .orElseThrow(() -> FleetFailures.releaseNotFound(id)).view();
        });
    }

    /** Makes the release desired by every live deployment of its platforms; returns how many changed. */
    static int propagate(UnitOfWork uow, Release release) {
        int changed = 0;
        DocumentQuery query = FleetDeploymentRepository.scope(release.organizationId(), null).statusNotIn(DELETED);
        for (Versioned<FleetDeployment> v : FleetDeploymentRepository.query(uow.tx(), query)) {
            FleetDeployment d = v.value();
            if (!release.appliesTo(d.platform())) {
                continue;
            }
            FleetDeployment next = d.desire(release.id());
            if (next != d) {
                FleetDeploymentRepository.update(uow.tx(), v, next, uow.now());
                changed++;
            }
        }
        return changed;
    }
}

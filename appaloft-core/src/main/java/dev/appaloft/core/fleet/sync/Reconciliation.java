package dev.appaloft.core.fleet.sync;

import dev.appaloft.api.Actor;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.fleet.ReconcileInput;
import dev.appaloft.api.fleet.ReconcileOutput;
import dev.appaloft.api.fleet.Success;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.Lease;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.deployments.FleetAdmission;
import dev.appaloft.core.fleet.deployments.FleetDeployment;
import dev.appaloft.core.fleet.deployments.FleetDeploymentRepository;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.Optional;

/**
 * {@code reconcile} and {@code release}, fenced by the lease: only the session holding the
 * deployment's live lease may report (each report extends the lease) or give it back; anyone else
 * gets 409 ({@code DEPLOYMENT_LOCKED} while another session holds it, {@code LEASE_NOT_HELD}
 * otherwise), and a report under a lease older than the last one that reported is refused too.
 */
final class Reconciliation {

    private final CoreContext ctx;
    private final FleetLeases leases;

    Reconciliation(CoreContext ctx, FleetLeases leases) {
        this.ctx = ctx;
        this.leases = leases;
    }

    ReconcileOutput reconcile(Actor actor, FleetPrincipal p, ReconcileInput in) {
        FleetAccess.requireAdminOrDeployment(p, "reconcile deployments");
        Validation v = new Validation();
        String id = v.text("deploymentId", in.deploymentId(), 200);
        String session = v.text("session", in.session(), 256);
        v.required("state", in.state());
        if (in.state() != null) {
            v.check(in.state().status() != null, java.util.List.of("state", "status"), "state.status is required");
            v.check(in.state().platform() != null, java.util.List.of("state", "platform"), "state.platform is required");
        }
        v.throwIfInvalid();
        ownDeployment(p, id);
        Lease lease = leases.renew(id, session).orElseThrow(() -> notHolder(p, id, session));
        boolean heartbeat = Boolean.TRUE.equals(in.updateHeartbeat());
        FleetDeployment stored = ctx.command(actor, "reconcile", uow -> {
            Versioned<FleetDeployment> before = visible(p, uow.tx(), id);
            FleetDeployment d = before.value();
            if (d.fence() > lease.fence()) {
                throw FleetFailures.of(FleetErrorCodes.LEASE_NOT_HELD, "Session " + session
                        + " reported under an older lease of deployment " + id + " than the last report",
                        "deployment_id", id, "session", session);
            }
            if (in.state().platform() != d.platform()) {
                throw FleetFailures.badRequest("Deployment " + id + " runs on " + d.platform().wire() + ", not "
                        + in.state().platform().wire());
            }
            FleetDeployment after = d.report(in.state(), in.error(), lease.fence(), heartbeat, uow.now());
            FleetDeploymentRepository.update(uow.tx(), before, after, uow.now());
            FleetAdmission.statusChanged(uow, d, after, "reconcile");
            FleetAdmission.freeIfDeleted(uow, d, after);
            return after;
        });
        DeploymentState state = in.state();
        return new ReconcileOutput(true, new DeploymentState(stored.status(), state.platform(), state.currentRelease(),
                state.targetRelease(), state.stackState(), state.environmentInfo(), state.runtimeMetadata(),
                stored.retryRequested() ? Boolean.TRUE : null));
    }

    Success release(FleetPrincipal p, String deploymentId, String sessionId) {
        FleetAccess.requireAdminOrDeployment(p, "release deployments");
        Validation v = new Validation();
        String id = v.text("deploymentId", deploymentId, 200);
        String session = v.text("session", sessionId, 256);
        v.throwIfInvalid();
        ownDeployment(p, id);
        if (leases.release(id, session)) {
            return Success.TRUE;
        }
        throw notHolder(p, id, session);
    }

    /** Why {@code session} may not act: the deployment is unknown (404), held by another session, or not held. */
    private AppaloftException notHolder(FleetPrincipal p, String id, String session) {
        ctx.read(r -> visible(p, r, id));
        Optional<Lease> other = leases.heldByOther(id, session, ctx.now());
        if (other.isPresent()) {
            return FleetFailures.of(FleetErrorCodes.DEPLOYMENT_LOCKED, "Deployment " + id
                    + " is held by another session until " + other.get().expiresAt(), "deployment_id", id);
        }
        return FleetFailures.of(FleetErrorCodes.LEASE_NOT_HELD, "Session " + session + " does not hold deployment "
                + id + " (acquire it first; an expired lease may have been taken over)", "deployment_id", id,
                "session", session);
    }

    private static void ownDeployment(FleetPrincipal p, String id) {
        if (p.isDeploymentToken() && !id.equals(p.deploymentId())) {
            throw FleetFailures.deploymentNotFound(id);
        }
    }

    private static Versioned<FleetDeployment> visible(FleetPrincipal p, dev.appaloft.api.store.StoreReader r, String id) {
        return FleetDeploymentRepository.find(r, p.organizationId(), id)
                .filter(x -> FleetAccess.canSeeDeployment(p, x.value().organizationId(), x.value().groupId(), id))
                .orElseThrow(() -> FleetFailures.deploymentNotFound(id));
    }
}

package dev.appaloft.core.fleet.sync;

import dev.appaloft.api.store.Lease;
import dev.appaloft.api.store.Leases;
import dev.appaloft.core.fleet.FleetOptions;
import java.time.Instant;
import java.util.Optional;

/**
 * The store's leases, as the fleet's sync sessions use them: one lease per deployment, owned by
 * the session that acquired it, for {@link FleetOptions#leaseTtl()} after its last acquire or
 * reconcile. Expired leases may be taken over; every acquire raises the lease's fence.
 */
public final class FleetLeases {

    private final Leases leases;
    private final FleetOptions options;

    public FleetLeases(Leases leases, FleetOptions options) {
        this.leases = leases;
        this.options = options;
    }

    public static String key(String deploymentId) {
        return "fleet-deployment:" + deploymentId;
    }

    public Optional<Lease> acquire(String deploymentId, String session) {
        return leases.acquire(key(deploymentId), session, options.leaseTtl());
    }

    public Optional<Lease> renew(String deploymentId, String session) {
        return leases.renew(key(deploymentId), session, options.leaseTtl());
    }

    public boolean release(String deploymentId, String session) {
        return leases.release(key(deploymentId), session);
    }

    public Optional<Lease> find(String deploymentId) {
        return leases.find(key(deploymentId));
    }

    /** The live lease of another session, if one holds the deployment. */
    public Optional<Lease> heldByOther(String deploymentId, String session, Instant now) {
        return find(deploymentId).filter(l -> l.isLiveAt(now) && !l.owner().equals(session));
    }

    public boolean heldByAnyone(String deploymentId, Instant now) {
        return find(deploymentId).filter(l -> l.isLiveAt(now)).isPresent();
    }
}

package dev.appaloft.core.dependencies;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.DependencyBindingView;
import dev.appaloft.api.dependencies.DependencyResourceView;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.deployments.DeploymentRepository;
import java.time.Instant;
import java.util.Optional;

/** The read view of a binding: masked connection, secret version and whether the running deployment has it. */
final class DependencyBindingViews {

    private DependencyBindingViews() {
    }

    static DependencyBindingView view(StoreReader r, DependencyBinding b, DependencyResource d) {
        DependencyResourceView full = DependencyViews.view(d, 0);
        String secretRef = full.connection().secretRef();
        DependencyBindingView.SecretRotation rotation = b.rotatedAt() == null ? null
                : new DependencyBindingView.SecretRotation(secretRef, DependencyBinding.version(b.secretVersion()),
                        Timestamps.format(b.rotatedAt()), DependencyBinding.version(b.secretVersion() - 1));
        DependencyResourceView.BindingReadiness readiness = !b.isActive()
                ? new DependencyResourceView.BindingReadiness("blocked", "the binding is removed")
                : full.bindingReadiness();
        return new DependencyBindingView(b.id(), b.projectId(), b.environmentId(), b.resourceId(), d.id(), d.name(),
                d.slug(), d.kind(), full.sourceMode(), d.providerKey(), full.providerManaged(), d.lifecycleStatus(),
                new DependencyBindingView.Target(b.targetName(), b.scope(), b.injectionMode(), secretRef), rotation,
                full.connection(), readiness, snapshot(r, b), b.status(), Timestamps.format(b.createdAt()),
                b.removedAt() == null ? null : Timestamps.format(b.removedAt()));
    }

    /**
     * Whether the resource's newest deployment was made with the binding's current secret: a
     * rotation (or the binding itself) newer than it waits for the next deployment.
     */
    private static DependencyBindingView.SnapshotReadiness snapshot(StoreReader r, DependencyBinding b) {
        if (!b.isActive()) {
            return new DependencyBindingView.SnapshotReadiness("blocked", "the binding is removed");
        }
        Instant changed = b.rotatedAt() == null ? b.createdAt() : b.rotatedAt();
        Optional<Instant> newest = DeploymentRepository.newestBy(r, DocumentQuery.where(DocumentIndex
                        .ofOrganization(b.organizationId()).with(IndexFields.RESOURCE_ID, b.resourceId())),
                IndexFields.RESOURCE_ID).stream().map(Deployment::createdAt).findFirst();
        if (newest.isPresent() && !newest.get().isBefore(changed)) {
            return new DependencyBindingView.SnapshotReadiness("ready", null);
        }
        return new DependencyBindingView.SnapshotReadiness("deferred", b.rotatedAt() == null
                ? "the resource receives the connection with its next deployment"
                : "the secret was rotated after the resource's last deployment: redeploy it to use the new one");
    }
}

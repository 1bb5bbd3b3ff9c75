package dev.appaloft.core.resources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.AccessProfile;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.ResourceKind;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.config.ConfigEntry;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The resource aggregate: the deployable unit, with its profiles (already normalized by
 * {@link ResourceProfiles}), its resource-scoped variables and its auto-deploy policy. Archived
 * resources refuse changes. Its read views are built by {@link ResourceViews}.
 */
public record Resource(
        String id,
        String organizationId,
        String projectId,
        String environmentId,
        String destinationId,
        String name,
        String slug,
        ResourceKind kind,
        String description,
        List<ResourceService> services,
        SourceBinding source,
        RuntimeProfile runtimeProfile,
        NetworkProfile networkProfile,
        AccessProfile accessProfile,
        HealthCheck healthPolicy,
        ResourceLifecycleStatus lifecycleStatus,
        Instant archivedAt,
        String archiveReason,
        Instant deletedAt,
        Instant createdAt,
        List<ConfigEntry> variables,
        AutoDeploy autoDeploy) {

    public Resource {
        services = List.copyOf(services);
        variables = List.copyOf(variables);
    }

    public void ensureActive() {
        if (lifecycleStatus != ResourceLifecycleStatus.ACTIVE) {
            throw new AppaloftException(ErrorCode.RESOURCE_ARCHIVED, "resource " + id + " is archived");
        }
    }

    /** The same resource with one change applied through a draft; only an active resource changes. */
    public Resource change(UnaryOperator<Draft> edit) {
        ensureActive();
        return edit.apply(new Draft(this)).build();
    }

    public Resource archive(String reason, Instant now) {
        return moveTo(ResourceLifecycleStatus.ARCHIVED, d -> {
            d.archivedAt = now;
            d.archiveReason = reason;
            return d;
        });
    }

    public Resource delete(Instant now) {
        return moveTo(ResourceLifecycleStatus.DELETED, d -> {
            d.deletedAt = now;
            return d;
        });
    }

    private Resource moveTo(ResourceLifecycleStatus next, UnaryOperator<Draft> edit) {
        if (!lifecycleStatus.canBecome(next)) {
            throw new IllegalStateException("resource cannot go from " + lifecycleStatus + " to " + next);
        }
        Draft draft = edit.apply(new Draft(this));
        draft.lifecycleStatus = next;
        return draft.build();
    }

    /** A mutable copy for one change; records stay immutable everywhere else. */
    public static final class Draft {
        private final Resource from;
        public SourceBinding source;
        public RuntimeProfile runtimeProfile;
        public NetworkProfile networkProfile;
        public AccessProfile accessProfile;
        public HealthCheck healthPolicy;
        public List<ConfigEntry> variables;
        public AutoDeploy autoDeploy;
        ResourceLifecycleStatus lifecycleStatus;
        Instant archivedAt;
        String archiveReason;
        Instant deletedAt;

        Draft(Resource from) {
            this.from = from;
            this.source = from.source;
            this.runtimeProfile = from.runtimeProfile;
            this.networkProfile = from.networkProfile;
            this.accessProfile = from.accessProfile;
            this.healthPolicy = from.healthPolicy;
            this.variables = from.variables;
            this.autoDeploy = from.autoDeploy;
            this.lifecycleStatus = from.lifecycleStatus;
            this.archivedAt = from.archivedAt;
            this.archiveReason = from.archiveReason;
            this.deletedAt = from.deletedAt;
        }

        Resource build() {
            return new Resource(from.id, from.organizationId, from.projectId, from.environmentId, from.destinationId,
                    from.name, from.slug, from.kind, from.description, from.services, source, runtimeProfile,
                    networkProfile, accessProfile, healthPolicy, lifecycleStatus, archivedAt, archiveReason, deletedAt,
                    from.createdAt, variables, autoDeploy);
        }
    }
}

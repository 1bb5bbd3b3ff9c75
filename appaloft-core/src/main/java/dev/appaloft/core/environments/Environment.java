package dev.appaloft.core.environments;

import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.environments.EnvironmentView;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The environment aggregate: a named stage of a project with its own configuration. Locked and
 * archived environments are readable but refuse every change.
 */
public record Environment(
        String id,
        String organizationId,
        String projectId,
        String name,
        EnvironmentKind kind,
        String parentEnvironmentId,
        EnvironmentLifecycleStatus lifecycleStatus,
        Instant lockedAt,
        String lockReason,
        Instant archivedAt,
        String archiveReason,
        Instant createdAt,
        List<ConfigEntry> variables) {

    public Environment {
        variables = List.copyOf(variables);
    }

    public static Environment create(String id, String organizationId, String projectId, String name,
                                     EnvironmentKind kind, String parentEnvironmentId, List<ConfigEntry> variables,
                                     Instant now) {
        return new Environment(id, organizationId, projectId, name, kind, parentEnvironmentId,
                EnvironmentLifecycleStatus.ACTIVE, null, null, null, null, now, variables);
    }

    /** Refuses any change unless the environment is active. */
    public void ensureCanAcceptMutation() {
        switch (lifecycleStatus) {
            case LOCKED -> throw new AppaloftException(ErrorCode.ENVIRONMENT_LOCKED,
                    "environment " + id + " is locked" + (lockReason == null ? "" : ": " + lockReason));
            case ARCHIVED -> throw new AppaloftException(ErrorCode.ENVIRONMENT_ARCHIVED,
                    "environment " + id + " is archived");
            case ACTIVE -> {
            }
        }
    }

    public Environment rename(String newName) {
        ensureCanAcceptMutation();
        return with(newName, lifecycleStatus, lockedAt, lockReason, archivedAt, archiveReason, variables);
    }

    public Environment lock(String reason, Instant now) {
        if (lifecycleStatus == EnvironmentLifecycleStatus.ARCHIVED) {
            ensureCanAcceptMutation();
        }
        return moveTo(EnvironmentLifecycleStatus.LOCKED, now, reason, null, null);
    }

    public Environment unlock() {
        if (lifecycleStatus == EnvironmentLifecycleStatus.ARCHIVED) {
            ensureCanAcceptMutation();
        }
        return moveTo(EnvironmentLifecycleStatus.ACTIVE, null, null, null, null);
    }

    /** Archiving clears the lock: an archived environment is simply read-only. */
    public Environment archive(String reason, Instant now) {
        return moveTo(EnvironmentLifecycleStatus.ARCHIVED, null, null, now, reason);
    }

    private Environment moveTo(EnvironmentLifecycleStatus next, Instant newLockedAt, String newLockReason,
                               Instant newArchivedAt, String newArchiveReason) {
        if (!lifecycleStatus.canBecome(next)) {
            throw new IllegalStateException("environment cannot go from " + lifecycleStatus + " to " + next);
        }
        return with(name, next, newLockedAt, newLockReason, newArchivedAt, newArchiveReason, variables);
    }

    /** Creates or replaces the entry in the entry's slot (key, exposure, scope). */
    public Environment setVariable(ConfigEntry entry) {
        ensureCanAcceptMutation();
        List<ConfigEntry> next = new ArrayList<>(variables.size() + 1);
        for (ConfigEntry existing : variables) {
            if (!existing.sameSlot(entry.key(), entry.exposure(), entry.scope())) {
                next.add(existing);
            }
        }
        next.add(entry);
        next.sort(Precedence.DISPLAY_ORDER);
        return with(name, lifecycleStatus, lockedAt, lockReason, archivedAt, archiveReason, next);
    }

    public boolean hasVariable(String key, VariableExposure exposure, VariableScope scope) {
        return variables.stream().anyMatch(e -> e.sameSlot(key, exposure, scope));
    }

    public Environment unsetVariable(String key, VariableExposure exposure, VariableScope scope) {
        ensureCanAcceptMutation();
        List<ConfigEntry> next = variables.stream().filter(e -> !e.sameSlot(key, exposure, scope)).toList();
        return with(name, lifecycleStatus, lockedAt, lockReason, archivedAt, archiveReason, next);
    }

    /** The variables a deployment of this environment would see, after precedence. */
    public List<ConfigEntry> effectiveVariables() {
        return Precedence.effective(variables);
    }

    /**
     * The configuration a clone or promotion starts from: the effective entries, re-scoped to the
     * new environment. Lifecycle state, lock and name are not copied.
     */
    public List<ConfigEntry> materializedFor(Instant now) {
        return effectiveVariables().stream().map(e -> e.rescoped(VariableScope.ENVIRONMENT, now)).toList();
    }

    private Environment with(String newName, EnvironmentLifecycleStatus status, Instant newLockedAt,
                             String newLockReason, Instant newArchivedAt, String newArchiveReason,
                             List<ConfigEntry> newVariables) {
        return new Environment(id, organizationId, projectId, newName, kind, parentEnvironmentId, status,
                newLockedAt, newLockReason, newArchivedAt, newArchiveReason, createdAt, newVariables);
    }

    public EnvironmentView view() {
        return new EnvironmentView(id, projectId, name, kind, parentEnvironmentId, lifecycleStatus,
                Timestamps.format(lockedAt), lockReason, Timestamps.format(archivedAt), archiveReason,
                Timestamps.format(createdAt), variables.stream().map(ConfigEntry::masked).toList());
    }
}

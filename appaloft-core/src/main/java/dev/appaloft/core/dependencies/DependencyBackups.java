package dev.appaloft.core.dependencies;

import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_CREATE_BACKUP;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_LIST_BACKUPS;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_RESTORE_BACKUP;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_SHOW_BACKUP;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY;

import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.work.WorkKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of dependency resources as an engine sees them: the seven operations, the two kinds of
 * background work, and the policy scheduler the engine ticks.
 */
public final class DependencyBackups {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyBackups.class);

    private final DependencyBackupSchedule schedule;

    private DependencyBackups(DependencyBackupSchedule schedule) {
        this.schedule = schedule;
    }

    /** @param wake wakes idle workers once work is enqueued */
    public static DependencyBackups register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                             WorkKinds kinds, ArtifactStore artifacts, Runnable wake) {
        DependencyBackupSchedule schedule = new DependencyBackupSchedule(ctx, artifacts, wake);
        new DependencyBackupWork(ctx, runtimes, artifacts, schedule::applyRetention).register(kinds);
        DependencyBackupHandlers backups = new DependencyBackupHandlers(ctx, wake);
        registry.register(DEPENDENCY_RESOURCES_CREATE_BACKUP, backups::create);
        registry.register(DEPENDENCY_RESOURCES_LIST_BACKUPS, backups::list);
        registry.register(DEPENDENCY_RESOURCES_SHOW_BACKUP, backups::show);
        registry.register(DEPENDENCY_RESOURCES_RESTORE_BACKUP, backups::restore);
        DependencyBackupPolicyHandlers policies = new DependencyBackupPolicyHandlers(ctx);
        registry.register(DEPENDENCY_RESOURCES_CONFIGURE_BACKUP_POLICY, policies::configure);
        registry.register(DEPENDENCY_RESOURCES_LIST_BACKUP_POLICIES, policies::list);
        registry.register(DEPENDENCY_RESOURCES_SHOW_BACKUP_POLICY, policies::show);
        return new DependencyBackups(schedule);
    }

    /** Starts the backups of every policy due now; returns how many started. */
    public int runDuePolicies() {
        return schedule.runDue();
    }

    /** The scheduler's task: {@link #runDuePolicies}, never throwing. */
    public Runnable tick() {
        return () -> {
            try {
                schedule.runDue();
            } catch (RuntimeException e) {
                LOG.warn("scheduled dependency backups could not be started: {}", e.toString());
            }
        };
    }
}

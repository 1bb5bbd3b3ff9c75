package dev.appaloft.api.dependencies.backups;

/**
 * {@code dependencyResources.listBackupPolicies}: optionally of one resource, only enabled ones
 * ({@code enabledOnly} {@code true}/{@code false}), or only those due at {@code dueAt}.
 */
public record ListBackupPoliciesInput(String dependencyResourceId, String enabledOnly, String dueAt) {

    public static ListBackupPoliciesInput all() {
        return new ListBackupPoliciesInput(null, null, null);
    }
}

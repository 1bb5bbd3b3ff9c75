package dev.appaloft.api.dependencies.backups;

public record BackupPolicyShown(String schemaVersion, BackupPolicyView policy) {

    public static final String SCHEMA_VERSION = "dependency-resource-backup-policies.show/v1";
}

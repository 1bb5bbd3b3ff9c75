package dev.appaloft.api.dependencies.backups;

import java.util.List;

public record BackupPolicyList(String schemaVersion, List<BackupPolicyView> items) {

    public static final String SCHEMA_VERSION = "dependency-resource-backup-policies.list/v1";
}

package dev.appaloft.api.dependencies.backups;

public record ShowBackupPolicyInput(String policyId) {
}

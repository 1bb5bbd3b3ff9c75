package dev.appaloft.api.extensions;

public record ListUsageIntentsInput(String tenantId, String accountId, String organizationId, String capabilityKey,
                                    String source, Integer limit) {
}

package dev.appaloft.api.retention;

public record ShowRetentionDefaultInput(RetentionCategory category, RetentionScope scope, String organizationId) {
}

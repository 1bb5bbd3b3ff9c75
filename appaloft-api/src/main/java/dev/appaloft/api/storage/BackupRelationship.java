package dev.appaloft.api.storage;

/**
 * Whether backups depend on a volume's data: a volume whose retention is required is never deleted
 * nor cleaned from a server. {@code retentionRequired} null reads as false.
 */
public record BackupRelationship(Boolean retentionRequired, String reason) {
}

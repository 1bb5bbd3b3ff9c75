package dev.appaloft.api.logarchives;

/** {@code resources.archiveLogs}: the archive just kept. */
public record RuntimeLogsArchived(String schemaVersion, RuntimeLogArchive archive) {

    public static final String SCHEMA_VERSION = "resources.runtime-logs.archive/v1";
}

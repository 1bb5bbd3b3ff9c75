package dev.appaloft.api.logarchives;

/** {@code resources.logArchives.show}: the archive with its lines, read back and checked against its digest. */
public record RuntimeLogArchiveShown(String schemaVersion, RuntimeLogArchive archive) {

    public static final String SCHEMA_VERSION = "resources.runtime-log-archives.show/v1";
}

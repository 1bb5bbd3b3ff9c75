package dev.appaloft.api.logarchives;

/** {@code resources.logArchives.show}. */
public record ShowRuntimeLogArchiveInput(String archiveId) {
}

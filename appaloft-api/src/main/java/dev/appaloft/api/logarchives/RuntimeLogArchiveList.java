package dev.appaloft.api.logarchives;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code resources.logArchives.list}: one page; {@code nextCursor} when more follow. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuntimeLogArchiveList(String schemaVersion, List<RuntimeLogArchiveSummary> items, String nextCursor,
                                    String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.runtime-log-archives.list/v1";
}

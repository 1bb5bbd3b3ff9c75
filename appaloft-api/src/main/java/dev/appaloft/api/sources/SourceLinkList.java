package dev.appaloft.api.sources;

import java.util.List;

/** {@code sourceLinks.list}. */
public record SourceLinkList(String schemaVersion, List<SourceLinkView> items) {

    public static final String SCHEMA_VERSION = "source-links.list/v1";
}

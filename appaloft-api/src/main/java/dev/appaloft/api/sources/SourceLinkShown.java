package dev.appaloft.api.sources;

/** {@code sourceLinks.show}. */
public record SourceLinkShown(String schemaVersion, SourceLinkView sourceLink) {

    public static final String SCHEMA_VERSION = "source-links.show/v1";
}

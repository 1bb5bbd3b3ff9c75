package dev.appaloft.api.staticartifacts;

import java.util.List;

/** {@code staticArtifacts.listPublications}. */
public record StaticArtifactPublicationList(String schemaVersion, List<StaticArtifactPublication> items) {

    public static final String SCHEMA_VERSION = "static-artifacts.publications.list/v1";
}

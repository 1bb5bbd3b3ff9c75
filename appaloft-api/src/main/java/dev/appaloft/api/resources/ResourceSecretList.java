package dev.appaloft.api.resources;

import java.util.List;

public record ResourceSecretList(String schemaVersion, String resourceId, List<ResourceSecretView> items,
                                 String generatedAt) {

    public static final String SCHEMA_VERSION = "resources.secrets.list/v1";
}

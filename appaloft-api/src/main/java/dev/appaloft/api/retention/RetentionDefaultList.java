package dev.appaloft.api.retention;

import java.util.List;

public record RetentionDefaultList(String schemaVersion, List<RetentionPolicy> items) {

    public static final String SCHEMA_VERSION = "retention-defaults.list/v1";
}

package dev.appaloft.api.operatorwork;

public record OperatorWorkShown(String schemaVersion, OperatorWorkItem item, String generatedAt) {

    public static final String SCHEMA_VERSION = "operator-work.show/v1";
}

package dev.appaloft.api.operatorwork;

import java.util.List;

public record OperatorWorkList(String schemaVersion, List<OperatorWorkItem> items, String generatedAt) {

    public static final String SCHEMA_VERSION = "operator-work.list/v1";
}

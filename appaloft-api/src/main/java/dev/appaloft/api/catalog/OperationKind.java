package dev.appaloft.api.catalog;

/** Commands change state; queries only read it. */
public enum OperationKind {
    COMMAND,
    QUERY
}

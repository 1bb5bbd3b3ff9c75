package dev.appaloft.api.common;

/** The answer of most commands: the id of the entity they created or changed. */
public record IdOutput(String id) {
}

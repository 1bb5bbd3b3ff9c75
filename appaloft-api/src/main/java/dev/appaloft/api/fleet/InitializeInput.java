package dev.appaloft.api.fleet;

/**
 * {@code initialize}: an agent enrolls. With a group token it gets a deployment (created, or the
 * one of the same name it enrolled before) and that deployment's token; with its deployment token
 * it gets its deployment id back. The platform defaults to {@code kubernetes}, as in the original.
 */
public record InitializeInput(String name, Platform platform) {
}

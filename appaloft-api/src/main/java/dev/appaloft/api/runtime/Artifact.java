package dev.appaloft.api.runtime;

/** A ready image: its reference and whether this deployment built it. */
public record Artifact(String image, boolean built) {
}

package dev.appaloft.api.sources;

/** {@code sourceLinks.delete}: pushes to that repository and branch no longer deploy the resource. */
public record DeleteSourceLinkInput(String sourceFingerprint, String reason) {
}

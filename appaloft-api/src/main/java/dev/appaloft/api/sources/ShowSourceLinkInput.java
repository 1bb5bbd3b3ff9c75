package dev.appaloft.api.sources;

/** {@code sourceLinks.show}. */
public record ShowSourceLinkInput(String sourceFingerprint) {
}

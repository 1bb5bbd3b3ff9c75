package dev.appaloft.api.staticartifacts;

/** One published file: digests of its path and content ({@code sha256:<hex>}), size and type. */
public record PublishedFile(String pathDigest, String contentDigest, long sizeBytes, String mimeType) {
}

package dev.appaloft.core.staticartifacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A publication as stored: its manifest (files by path, each stored once by content digest), the
 * manifest's own key and digest, the site folder the proxy serves, and whether it was promoted to
 * the resource's URL (the newest promoted one is what the URL serves).
 */
record StaticPublication(String id, String organizationId, String projectId, String resourceId, String artifactId,
                         String manifestDigest, long fileCount, long totalBytes, List<ManifestFile> files,
                         String storageRef, String storageProviderKey, String siteKey, boolean promoted,
                         String routeUrl, String routeProviderKey, Instant publishedAt, String publishedBy,
                         Map<String, String> metadata) {

    record ManifestFile(String path, String contentDigest, long sizeBytes, String mimeType) {
    }
}

package dev.appaloft.core.logarchives;

import java.time.Instant;

/**
 * A retained runtime log archive as stored: what it was captured from, and where its lines are
 * (a gzipped JSON-lines blob in the artifact store, with its SHA-256, compressed and raw sizes
 * and the time window of its first and last line).
 */
record LogArchive(String id, String organizationId, String projectId, String resourceId, String deploymentId,
                  String serverId, String serviceName, String runtimeKind, Instant capturedAt, long lineCount,
                  String reason, String capturedBy, String storageKey, String storageProviderKey, String digest,
                  long compressedBytes, long rawBytes, Instant firstLineAt, Instant lastLineAt) {
}

package dev.appaloft.core.sources;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.sources.SourceLinkView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A source fingerprint (repository + branch) of one organization and the resource a push to it
 * deploys, optionally on a named server and destination. Its id is derived from the organization
 * and the fingerprint, so a fingerprint has at most one link per organization.
 */
record SourceLink(String id, String organizationId, String sourceFingerprint, String projectId,
                  String environmentId, String resourceId, String serverId, String destinationId, String reason,
                  Instant createdAt, Instant updatedAt) {

    static String idOf(String organizationId, String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((organizationId + "\n" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return "slk_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    SourceLinkView view() {
        return new SourceLinkView(sourceFingerprint, projectId, environmentId, resourceId, serverId, destinationId,
                Timestamps.format(updatedAt), reason);
    }
}

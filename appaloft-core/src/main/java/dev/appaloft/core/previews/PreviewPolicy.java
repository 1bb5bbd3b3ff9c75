package dev.appaloft.core.previews;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.previews.ForkPreviews;
import dev.appaloft.api.previews.PreviewPolicySettings;
import dev.appaloft.api.previews.PreviewPolicyShown;
import dev.appaloft.api.previews.PreviewScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A configured preview policy of a project or one resource. Its id is derived from the scope, so a
 * scope has one policy and configuring it again replaces it. {@code maxActivePreviews} and
 * {@code previewTtlHours} are null for "no limit" (configure's 0 for the quota means the same).
 */
record PreviewPolicy(String id, String organizationId, PreviewScope.Kind scopeKind, String projectId,
                     String resourceId, boolean sameRepositoryPreviews, ForkPreviews forkPreviews,
                     boolean secretBackedPreviews, Integer maxActivePreviews, Integer previewTtlHours,
                     Instant createdAt, Instant updatedAt) {

    static String idOf(String organizationId, PreviewScope.Kind kind, String projectId, String resourceId) {
        String scope = organizationId + "\n" + kind + "\n" + projectId + "\n" + (resourceId == null ? "" : resourceId);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return "pvp_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    PreviewScope scope() {
        return new PreviewScope(scopeKind, projectId, resourceId);
    }

    PreviewPolicySettings settings() {
        return new PreviewPolicySettings(sameRepositoryPreviews, forkPreviews, secretBackedPreviews, maxActivePreviews,
                previewTtlHours);
    }

    /** Whether a preview of this pull request may exist at all. */
    boolean allows(boolean fork) {
        return fork ? forkPreviews != ForkPreviews.DISABLED : sameRepositoryPreviews;
    }

    /** Whether the preview receives the resource's and environment's secrets. */
    boolean secretsFor(boolean fork) {
        return secretBackedPreviews && (!fork || forkPreviews == ForkPreviews.WITH_SECRETS);
    }

    PreviewPolicyShown.Policy view() {
        return new PreviewPolicyShown.Policy(id, scope(), settings(), "configured", Timestamps.format(updatedAt));
    }
}

package dev.appaloft.api.storage;

import java.util.List;

/** One storage volume as list and show answer it, with its attachments (safe summaries only). */
public record StorageVolumeView(String id, String projectId, String environmentId, String name, String slug,
                                StorageVolumeKind kind, String sourcePath, String description, String lifecycleStatus,
                                Relationship backupRelationship, long attachmentCount, List<Attachment> attachments,
                                String createdAt, String deletedAt) {

    public StorageVolumeView {
        attachments = List.copyOf(attachments);
    }

    public record Relationship(boolean retentionRequired, String reason) {
    }

    public record Attachment(String attachmentId, String resourceId, String resourceName, String resourceSlug,
                             String destinationPath, MountMode mountMode, String attachedAt) {
    }
}

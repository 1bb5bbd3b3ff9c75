package dev.appaloft.core.identity;

import java.time.Instant;

/**
 * A tenant: every project, server, token and member belongs to one. {@code named} tells whether
 * the built-in organization has been named by the first-admin bootstrap yet.
 */
public record Organization(String id, String name, String slug, String logoUrl, boolean named, boolean deleted,
                           Instant createdAt, Instant updatedAt) {

    public static Organization create(String id, String name, String slug, Instant now) {
        return new Organization(id, name, slug, null, true, false, now, now);
    }

    public Organization profile(String newName, String newSlug, String newLogoUrl, Instant now) {
        return new Organization(id, newName, newSlug, newLogoUrl, true, deleted, createdAt, now);
    }

    public Organization delete(Instant now) {
        return new Organization(id, name, slug, logoUrl, named, true, createdAt, now);
    }
}

package dev.appaloft.api.identity;

public record AccountProfile(String userId, String email, String displayName, String avatarUrl, Boolean emailVerified,
                             String createdAt, String updatedAt) {
}

package dev.appaloft.api.identity;

public record DeletedAccount(String userId, String deletedAt) {
}

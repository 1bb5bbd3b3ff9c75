package dev.appaloft.api.identity;

import dev.appaloft.api.Actor;

public record MemberView(String memberId, String userId, Actor.Role role, String joinedAt, String avatarUrl,
                         String displayName, String email, MemberStatus status) {
}

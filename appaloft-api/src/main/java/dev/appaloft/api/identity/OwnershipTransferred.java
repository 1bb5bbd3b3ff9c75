package dev.appaloft.api.identity;

public record OwnershipTransferred(MemberView fromMember, MemberView toMember, String transferredAt) {
}

package dev.appaloft.api.identity;

public record ListInvitationsInput(String organizationId, InvitationStatus status, String cursor, Integer limit) {

    public static ListInvitationsInput of(String organizationId) {
        return new ListInvitationsInput(organizationId, null, null, null);
    }
}

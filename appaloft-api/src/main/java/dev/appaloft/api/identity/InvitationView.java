package dev.appaloft.api.identity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.Actor;
import dev.appaloft.api.common.ResponseHeaders;
import java.util.Map;

/**
 * An invitation. Only the answer to {@code organizations.inviteMember} carries the invitation
 * token (once): to the facade as {@link #invitationToken()}, over HTTP in the
 * {@value #TOKEN_HEADER} header, since the spec's body has no place for it. The invitee accepts
 * it by signing up or signing in with it.
 */
public record InvitationView(String invitationId, String organizationId, String email, Actor.Role role,
                             InvitationStatus status, String createdAt, String expiresAt, Inviter inviter,
                             @JsonIgnore String invitationToken) implements ResponseHeaders {

    public static final String TOKEN_HEADER = "Appaloft-Invitation-Token";

    public record Inviter(String userId, String displayName, String email) {
    }

    @Override
    public Map<String, String> responseHeaders() {
        return invitationToken == null ? Map.of() : Map.of(TOKEN_HEADER, invitationToken);
    }

    @Override
    public String toString() {
        return "InvitationView[" + invitationId + ", " + email + ", " + role + ", " + status + "]";
    }
}

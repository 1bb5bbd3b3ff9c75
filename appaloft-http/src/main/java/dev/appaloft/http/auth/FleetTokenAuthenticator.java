package dev.appaloft.http.auth;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.fleet.FleetErrorCodes;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Authentication of the Alien routes ({@code /v1}): {@code Authorization: Bearer <token>} where
 * the token is a fleet token ({@code ax_admin_}, {@code ax_dg_}, {@code ax_deploy_}: resolved by
 * its hash in the store) or a credential the {@code /api} authenticator accepts, such as the
 * standalone server's first-start admin token, which then acts as a fleet admin. Failures answer
 * 401 {@code UNAUTHORIZED} with the original's reasons.
 */
public final class FleetTokenAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";
    private static final String FLEET_PREFIX = "ax_";

    private final Appaloft appaloft;
    private final Authenticator operator;

    /**
     * @param operator the {@code /api} authenticator, tried for bearer tokens that are not fleet
     *                 tokens; null to accept fleet tokens only
     */
    public FleetTokenAuthenticator(Appaloft appaloft, Authenticator operator) {
        this.appaloft = Objects.requireNonNull(appaloft, "appaloft");
        this.operator = operator;
    }

    @Override
    public Actor authenticate(String authorization, String cookies) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("Authentication required");
        }
        if (!authorization.startsWith(BEARER)) {
            throw unauthorized("Authorization header must use Bearer scheme");
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.startsWith(FLEET_PREFIX)) {
            return appaloft.fleet().authenticate(token);
        }
        if (operator != null) {
            try {
                return operator.authenticate(authorization, cookies);
            } catch (AppaloftException e) {
                throw unauthorized("Invalid token");
            }
        }
        throw unauthorized("Invalid token");
    }

    private static AppaloftException unauthorized(String reason) {
        return new AppaloftException(FleetErrorCodes.UNAUTHORIZED, reason, List.of(), Map.of("reason", reason), null);
    }
}

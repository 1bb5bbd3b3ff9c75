package dev.appaloft.http.auth;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.identity.Authentication;
import dev.appaloft.core.identity.TokenSecrets;

/**
 * Session tokens and deploy tokens (recognised by their prefixes) are checked by the engine's
 * {@link Authentication}; any other secret goes to the operator's authenticator (the standalone
 * server's admin token), so the two never guess at each other's secrets.
 */
public final class SessionAuthenticator implements Authenticator {

    private final Authentication authentication;
    private final Authenticator operator;

    public SessionAuthenticator(Authentication authentication, Authenticator operator) {
        this.authentication = authentication;
        this.operator = operator;
    }

    @Override
    public Actor authenticate(String authorization, String cookies) {
        String secret = Credentials.secret(authorization, cookies);
        if (secret == null || secret.isEmpty()) {
            throw new AppaloftException(ErrorCode.UNAUTHORIZED, "authentication is required");
        }
        if (secret.startsWith(TokenSecrets.SESSION_PREFIX) || secret.startsWith(TokenSecrets.DEPLOY_TOKEN_PREFIX)) {
            return authentication.authenticate(secret);
        }
        if (authorization == null || authorization.isBlank()) {
            // a cookie that is not a session token
            throw new AppaloftException(ErrorCode.INVALID_CREDENTIALS, "the credentials are not valid");
        }
        return operator.authenticate(authorization, cookies);
    }
}

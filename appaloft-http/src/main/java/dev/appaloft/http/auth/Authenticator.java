package dev.appaloft.http.auth;

import dev.appaloft.api.Actor;

/**
 * Decides who makes a request from its credentials. Throws an {@code AppaloftException} with a
 * 401 code when credentials are missing or invalid; never says which part was wrong.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param cookies the {@code Cookie} header, or null
     */
    Actor authenticate(String authorization, String cookies);
}

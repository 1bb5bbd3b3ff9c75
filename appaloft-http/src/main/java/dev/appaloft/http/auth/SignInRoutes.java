package dev.appaloft.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.identity.AccountProfile;
import dev.appaloft.core.identity.Authentication;
import dev.appaloft.core.identity.IdentityErrors;
import dev.appaloft.core.identity.SessionInfo;
import dev.appaloft.core.identity.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in endpoints the original's clients use (Better Auth's paths, outside the operation
 * catalog): {@code POST /api/auth/sign-in/email}, {@code POST /api/auth/sign-up/email} (with an
 * invitation), {@code POST /api/auth/sign-out}, {@code GET /api/auth/session} and
 * {@code POST /api/auth/organization/create}. A new session's token is in the body, in the
 * {@code set-auth-token} header and in an HttpOnly cookie.
 */
public final class SignInRoutes {

    private final Authentication authentication;
    private final Authenticator authenticator;
    private final ObjectMapper mapper;

    public SignInRoutes(Authentication authentication, Authenticator authenticator, ObjectMapper mapper) {
        this.authentication = authentication;
        this.authenticator = authenticator;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/auth/sign-in/email", ctx -> {
            JsonNode body = body(ctx);
            signedIn(ctx, throttled(ctx, () -> authentication.signIn(text(body, "email"), text(body, "password"),
                    text(body, "invitationToken"), origin(ctx, null))));
        });
        routes.post("/api/auth/sign-up/email", ctx -> {
            JsonNode body = body(ctx);
            signedIn(ctx, throttled(ctx, () -> authentication.signUp(text(body, "email"), text(body, "password"),
                    text(body, "name"), text(body, "invitationToken"), origin(ctx, null))));
        });
        routes.post("/api/auth/sign-out", ctx -> {
            String secret = Credentials.secret(ctx.header("Authorization"), ctx.header("Cookie"));
            authentication.signOut(secret, origin(ctx, null));
            ctx.header("Set-Cookie", Credentials.clearedCookie(secure(ctx)));
            ctx.contentType("application/json").result("{\"success\":true}");
        });
        routes.get("/api/auth/session", ctx -> {
            String secret = Credentials.secret(ctx.header("Authorization"), ctx.header("Cookie"));
            // Better Auth answers 200 null when there is no session; clients test for it
            String json = secret == null ? "null" : authentication.session(secret)
                    .map(s -> describe(s).toString()).orElse("null");
            ctx.contentType("application/json").result(json);
        });
        routes.post("/api/auth/organization/create", ctx -> {
            Actor actor = authenticator.authenticate(ctx.header("Authorization"), ctx.header("Cookie"));
            JsonNode body = body(ctx);
            String id = authentication.createOrganization(actor.from(origin(ctx, actor.sessionId())),
                    text(body, "name"), text(body, "slug"));
            ObjectNode out = mapper.createObjectNode().put("id", id);
            ctx.status(201).contentType("application/json").result(out.toString());
        });
    }

    private void signedIn(Context ctx, SignedIn signedIn) {
        long maxAge = Math.max(0, Duration.between(Instant.now(), signedIn.session().expiresAt()).toSeconds());
        ctx.header("set-auth-token", signedIn.token());
        ctx.header("Access-Control-Expose-Headers", "set-auth-token");
        ctx.header("Set-Cookie", Credentials.sessionCookie(signedIn.token(), maxAge, secure(ctx)));
        ctx.header("Cache-Control", "no-store");
        ObjectNode body = mapper.createObjectNode();
        body.put("redirect", false);
        body.put("token", signedIn.token());
        body.set("user", user(signedIn.session().user()));
        ctx.contentType("application/json").result(body.toString());
    }

    private ObjectNode describe(SessionInfo s) {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode session = body.putObject("session");
        session.put("id", s.sessionId());
        session.put("userId", s.userId());
        session.put("activeOrganizationId", s.organizationId());
        session.put("role", s.actor().role().wire());
        session.put("createdAt", Timestamps.format(s.createdAt()));
        session.put("expiresAt", Timestamps.format(s.expiresAt()));
        session.put("ipAddress", s.ipAddress());
        session.put("userAgent", s.userAgent());
        body.set("user", user(s.user()));
        return body;
    }

    private ObjectNode user(AccountProfile profile) {
        ObjectNode user = mapper.createObjectNode();
        user.put("id", profile.userId());
        user.put("email", profile.email());
        user.put("name", profile.displayName());
        user.put("image", profile.avatarUrl());
        user.put("emailVerified", Boolean.TRUE.equals(profile.emailVerified()));
        user.put("createdAt", profile.createdAt());
        user.put("updatedAt", profile.updatedAt());
        return user;
    }

    /** A throttled sign-in also says when to come back, in the standard header. */
    private static SignedIn throttled(Context ctx, java.util.function.Supplier<SignedIn> attempt) {
        try {
            return attempt.get();
        } catch (AppaloftException e) {
            if (e.code().equals(IdentityErrors.SIGN_IN_THROTTLED) && e.details().get("retryAfterSeconds") != null) {
                ctx.header("Retry-After", String.valueOf(e.details().get("retryAfterSeconds")));
            }
            throw e;
        }
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode body = mapper.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the request body must be a JSON object");
            }
            return body;
        } catch (java.io.IOException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the request body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Actor.Origin origin(Context ctx, String sessionId) {
        return new Actor.Origin(ctx.ip(), ctx.userAgent(), sessionId);
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }
}

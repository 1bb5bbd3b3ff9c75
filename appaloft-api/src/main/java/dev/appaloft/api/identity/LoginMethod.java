package dev.appaloft.api.identity;

import java.util.List;

/** A way to sign in and whether this instance offers it ({@code local-password} always). */
public record LoginMethod(String key, boolean configured, boolean enabled, String reason) {

    /** What this implementation offers: email and password; OAuth providers are not configured. */
    public static List<LoginMethod> offered() {
        return List.of(new LoginMethod("local-password", true, true, null),
                new LoginMethod("github", false, false, "not configured on this instance"),
                new LoginMethod("google", false, false, "not configured on this instance"),
                new LoginMethod("oidc", false, false, "not configured on this instance"));
    }
}

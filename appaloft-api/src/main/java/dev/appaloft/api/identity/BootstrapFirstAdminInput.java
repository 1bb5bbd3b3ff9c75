package dev.appaloft.api.identity;

/**
 * {@code auth.bootstrapFirstAdmin}: the first user, owner of the built-in organization. Once only;
 * without a password one is generated and returned once.
 */
public record BootstrapFirstAdminInput(String email, String displayName, String password, String organizationName,
                                       String organizationSlug, String idempotencyKey) {

    public static BootstrapFirstAdminInput of(String email, String displayName, String password) {
        return new BootstrapFirstAdminInput(email, displayName, password, null, null, null);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "BootstrapFirstAdminInput[email=" + email + ", displayName=" + displayName + "]";
    }
}

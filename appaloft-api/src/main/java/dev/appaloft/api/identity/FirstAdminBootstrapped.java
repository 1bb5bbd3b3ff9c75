package dev.appaloft.api.identity;

import java.util.List;

/** The first admin; {@code generatedPassword} is present (once) when the input gave none. */
public record FirstAdminBootstrapped(boolean bootstrapRequired, boolean created, String email,
                                     List<LoginMethod> loginMethods, String organizationId, String organizationSlug,
                                     String userId, String generatedPassword, String loginUrl) {

    @Override
    public String toString() {
        return "FirstAdminBootstrapped[userId=" + userId + ", organizationId=" + organizationId + "]";
    }
}

package dev.appaloft.api.identity;

import java.util.List;

public record OrganizationContext(User user, OrganizationSummary currentOrganization,
                                  List<OrganizationSummary> organizations, List<LoginMethod> loginMethods,
                                  OrganizationPermissions permissions) {

    public record User(String userId, String email, String displayName, String avatarUrl) {
    }
}

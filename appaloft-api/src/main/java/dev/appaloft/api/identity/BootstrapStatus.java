package dev.appaloft.api.identity;

import java.util.List;

public record BootstrapStatus(boolean bootstrapRequired, boolean firstAdminConfigured, boolean organizationConfigured,
                              List<LoginMethod> loginMethods, String firstAdminEmail, String loginUrl,
                              String organizationId, String organizationSlug, List<String> nextSteps) {
}

package dev.appaloft.api.deploytokens;

public record ListDeployTokensInput(String organizationId, DeployTokenStatus status, String resourceId,
                                    String repositoryFullName, Integer limit) {

    public static ListDeployTokensInput of(String organizationId) {
        return new ListDeployTokensInput(organizationId, null, null, null, null);
    }
}

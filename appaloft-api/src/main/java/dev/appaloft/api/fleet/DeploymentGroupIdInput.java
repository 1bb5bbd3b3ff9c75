package dev.appaloft.api.fleet;

/** A deployment group by id ({@code get_deployment_group}, {@code create_deployment_group_token}). */
public record DeploymentGroupIdInput(String id) {
}

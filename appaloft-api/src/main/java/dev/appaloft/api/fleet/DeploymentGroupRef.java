package dev.appaloft.api.fleet;

/** The group of a listed deployment, with {@code include=deploymentGroup}. */
public record DeploymentGroupRef(String id, String name) {
}

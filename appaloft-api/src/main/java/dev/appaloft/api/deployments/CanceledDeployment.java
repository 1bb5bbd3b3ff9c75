package dev.appaloft.api.deployments;

/** {@code deployments.cancel}: the deployment has stopped; its candidate instance is gone. */
public record CanceledDeployment(String id, String status, String canceledAt) {

    public CanceledDeployment(String id, String canceledAt) {
        this(id, "canceled", canceledAt);
    }
}

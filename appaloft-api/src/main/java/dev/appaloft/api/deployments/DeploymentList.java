package dev.appaloft.api.deployments;

import java.util.List;

public record DeploymentList(List<DeploymentView> items) {
}

package dev.appaloft.core.deployments;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.DeploymentRuntime;
import java.util.Map;

/** The runtimes the engine can deploy to, by server provider key ({@code local-shell}, ...). */
public final class DeploymentRuntimes {

    private final Map<String, DeploymentRuntime> byProvider;

    public DeploymentRuntimes(Map<String, DeploymentRuntime> byProvider) {
        this.byProvider = Map.copyOf(byProvider);
    }

    DeploymentRuntime require(String providerKey) {
        DeploymentRuntime runtime = byProvider.get(providerKey);
        if (runtime == null) {
            throw new AppaloftException(ErrorCode.PROVIDER_NOT_CONFIGURED, "no runtime is configured for servers of provider "
                    + providerKey + (byProvider.isEmpty() ? " (this engine has no runtime at all)" : ""));
        }
        return runtime;
    }

    boolean isEmpty() {
        return byProvider.isEmpty();
    }
}

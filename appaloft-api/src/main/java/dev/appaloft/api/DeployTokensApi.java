package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

import dev.appaloft.api.deploytokens.*;

/** The {@code deployTokens.*} operations: scoped machine credentials for CI deployments. */
public final class DeployTokensApi {

    private final OperationExecutor executor;

    public DeployTokensApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public CreatedDeployToken create(CreateDeployTokenInput input) {
        return executor.execute(DEPLOY_TOKENS_CREATE, input);
    }

    public DeployTokenList list(ListDeployTokensInput input) {
        return executor.execute(DEPLOY_TOKENS_LIST, input);
    }

    public DeployTokenView show(String tokenId, String organizationId) {
        return executor.execute(DEPLOY_TOKENS_SHOW, new ShowDeployTokenInput(tokenId, organizationId));
    }

    public RotatedDeployToken rotate(String tokenId, String organizationId) {
        return executor.execute(DEPLOY_TOKENS_ROTATE, RotateDeployTokenInput.confirmed(tokenId, organizationId));
    }

    public RevokedDeployToken revoke(String tokenId, String organizationId) {
        return executor.execute(DEPLOY_TOKENS_REVOKE, RevokeDeployTokenInput.confirmed(tokenId, organizationId));
    }
}

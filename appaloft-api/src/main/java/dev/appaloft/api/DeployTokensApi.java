package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

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

package dev.appaloft.core.previews;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import java.util.function.BiFunction;

/**
 * Pull-request previews: registers {@code previewPolicies.*}, {@code previewEnvironments.*} and
 * {@code deployments.cleanupPreview}, and answers the lifecycle the GitHub webhook drives.
 * Deployments go through {@code deployments.create}, under its own admission rules.
 */
public final class PreviewHandlers {

    private PreviewHandlers() {
    }

    public static PreviewLifecycle register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                            BiFunction<CreateDeploymentInput, Actor, IdOutput> createDeployment) {
        PreviewTeardown teardown = new PreviewTeardown(ctx, runtimes);
        new PreviewPolicyHandlers(ctx).register(registry);
        new PreviewEnvironmentHandlers(ctx, teardown).register(registry);
        return new PreviewLifecycle(ctx, new PreviewCreation(ctx), teardown, createDeployment);
    }
}

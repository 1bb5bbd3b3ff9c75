package dev.appaloft.core.sources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/**
 * Push to deploy: registers {@code source-events.*}, {@code sourceEvents.*}, {@code sourceLinks.*}
 * and {@code integrations.*}. Deployments are started through {@code deployments.create}
 * ({@code createDeployment}), so a pushed change is admitted by exactly the rules a user's is.
 */
public final class SourceEventHandlers {

    /** Starts a deployment; {@code commitSha} (null: none) is the commit it must check out. */
    public interface Deployer {
        IdOutput deploy(CreateDeploymentInput input, String commitSha, Actor actor);
    }

    private SourceEventHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, GitHubWebhookSecret gitHubSecret,
                                GitHubAppSettings gitHubApp, Deployer createDeployment,
                                dev.appaloft.core.previews.PreviewLifecycle previews) {
        SourceEventDispatcher dispatcher = new SourceEventDispatcher(ctx, createDeployment);
        SourceEventRecorder recorder = new SourceEventRecorder(ctx, dispatcher);
        new SourceEventIngestHandlers(ctx, gitHubSecret, recorder,
                new PullRequestIngest(ctx, recorder, dispatcher, previews)).register(registry);
        new SourceEventReadHandlers(ctx).register(registry);
        new SourceEventReplayHandler(ctx, dispatcher).register(registry);
        new SourceEventPruneHandler(ctx).register(registry);
        new SourceLinkHandlers(ctx).register(registry);
        new IntegrationHandlers(gitHubSecret, gitHubApp == null ? null
                : new GitHubAppClient(gitHubApp, java.time.Clock.systemUTC())).register(registry);
    }
}

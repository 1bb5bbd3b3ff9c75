package dev.appaloft.core.previews;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.resources.SourceRules;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a pull request does to the previews of one linked resource. Opened, reopened or
 * synchronized: under a policy that allows it (forks only when the policy says so, and within
 * the quota) the pull request gets its preview ({@link PreviewCreation}) and its head commit is
 * deployed there, pinned; a newer head redeploys. Closed: the preview is cleaned up
 * ({@link PreviewTeardown}). Without a policy nothing happens; the outcome says why.
 */
public final class PreviewLifecycle {

    /** The outcome for the resource, in the terms of a source event's policy result. */
    public record Result(String status, String reason, String deploymentId, String errorCode) {

        static Result ignored() {
            return new Result("ignored", "policy-disabled", null, null);
        }

        static Result blocked(String errorCode) {
            return new Result("blocked", "policy-blocked", null, errorCode);
        }
    }

    static final String FORK_REFUSED = "preview_fork_refused";
    static final String SAME_REPOSITORY_DISABLED = "preview_same_repository_disabled";
    static final String QUOTA_EXCEEDED = "preview_quota_exceeded";
    static final String SOURCE_NOT_GIT = "preview_source_not_git";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewLifecycle.class);

    private final CoreContext ctx;
    private final PreviewCreation creation;
    private final PreviewTeardown teardown;
    private final BiFunction<CreateDeploymentInput, Actor, IdOutput> deploy;

    PreviewLifecycle(CoreContext ctx, PreviewCreation creation, PreviewTeardown teardown,
                     BiFunction<CreateDeploymentInput, Actor, IdOutput> deploy) {
        this.ctx = ctx;
        this.creation = creation;
        this.teardown = teardown;
        this.deploy = deploy;
    }

    /**
     * Applies the pull request to the previews of {@code source}, placed on {@code serverId}
     * (null: it cannot be placed) and {@code destinationId}; {@code operationKey} names the
     * operation the changes are audited under.
     */
    public Result apply(PullRequest pr, Resource source, String serverId, String destinationId, String operationKey) {
        String org = source.organizationId();
        Actor actor = new Actor(Actor.Kind.SYSTEM, "preview:" + pr.repositoryFullName() + "#" + pr.number(), org,
                Actor.Role.ADMIN);
        String prKey = PreviewEnvironment.prKey(source.id(), pr.repository(), pr.number());
        Optional<Versioned<PreviewEnvironment>> existing = ctx.read(r -> PreviewRepositories.active(r, org, prKey));
        if (pr.closes()) {
            if (existing.isEmpty()) {
                return Result.ignored();
            }
            teardown.clean(actor, existing.get().value(), operationKey, "pull-request-closed");
            return new Result("matched", null, null, null);
        }
        if (!pr.opensOrUpdates()) {
            return Result.ignored();
        }
        Optional<PreviewPolicy> policy = ctx.read(r -> PreviewRepositories.effective(r, org, source.projectId(),
                source.id()));
        if (policy.isEmpty()) {
            return Result.ignored();
        }
        if (!policy.get().allows(pr.fork())) {
            return Result.blocked(pr.fork() ? FORK_REFUSED : SAME_REPOSITORY_DISABLED);
        }
        if (source.source() == null || !SourceRulesAccess.isGit(source.source())) {
            return Result.blocked(SOURCE_NOT_GIT);
        }
        PreviewEnvironment preview;
        if (existing.isPresent()) {
            preview = creation.moveHead(actor, existing.get().value(), pr, operationKey);
        } else {
            Optional<PreviewEnvironment> created = creation.create(actor, policy.get(), source, pr, serverId,
                    destinationId, operationKey);
            if (created.isEmpty()) {
                return Result.blocked(QUOTA_EXCEEDED);
            }
            preview = created.get();
        }
        if (preview.serverId() == null) {
            return new Result("dispatch-failed", "dispatch-failed", null, "source_event_dispatch_failed");
        }
        try {
            IdOutput deployment = deploy.apply(new CreateDeploymentInput(preview.projectId(), preview.serverId(),
                    "dst_default".equals(preview.destinationId()) ? null : preview.destinationId(),
                    preview.environmentId(), preview.resourceId(), ExecutionMode.DETACHED), actor);
            creation.deployed(preview.id(), deployment.id());
            return new Result("dispatched", null, deployment.id(), null);
        } catch (AppaloftException e) {
            LOG.info("preview {} could not deploy: {}", preview.id(), e.code().code());
            return new Result("dispatch-failed", "dispatch-failed", null, e.code().code());
        }
    }

    /** Whether a binding is one a pull request's head commit can be checked out of. */
    static final class SourceRulesAccess {
        private static final List<dev.appaloft.api.resources.SourceBinding.Kind> GIT = List.of(
                dev.appaloft.api.resources.SourceBinding.Kind.LOCAL_GIT,
                dev.appaloft.api.resources.SourceBinding.Kind.REMOTE_GIT,
                dev.appaloft.api.resources.SourceBinding.Kind.GIT_PUBLIC,
                dev.appaloft.api.resources.SourceBinding.Kind.GIT_GITHUB_APP,
                dev.appaloft.api.resources.SourceBinding.Kind.GIT_DEPLOY_KEY);

        static boolean isGit(dev.appaloft.api.resources.SourceBinding binding) {
            return GIT.contains(binding.kind());
        }

        private SourceRulesAccess() {
        }
    }

    static dev.appaloft.api.resources.SourceBinding previewSource(Resource source, PullRequest pr) {
        String locator = pr.fork() ? pr.headLocator() : source.source().locator();
        return SourceRules.previewOf(source.source(), locator, pr.headRef(), pr.headSha());
    }

    static Optional<Versioned<Resource>> copy(dev.appaloft.api.store.StoreReader r, PreviewEnvironment p) {
        return ResourceRepository.find(r, p.organizationId(), p.resourceId());
    }
}

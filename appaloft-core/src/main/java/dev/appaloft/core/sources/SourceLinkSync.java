package dev.appaloft.core.sources;

import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.resources.AutoDeploy;
import dev.appaloft.core.resources.Resource;
import java.util.Set;

/**
 * Links a resource's repository and branches when its git-push auto-deploy policy is enabled, in
 * the policy's own unit of work, so a push deploys without a separate relink. Only plain ref names
 * are linked (a pattern such as {@code release/*} names no one branch); a fingerprint already
 * linked to another resource is left alone: an explicit relink wins.
 */
public final class SourceLinkSync {

    static final String REASON = "auto-deploy-policy";
    private static final Set<SourceBinding.Kind> GIT = Set.of(SourceBinding.Kind.LOCAL_GIT,
            SourceBinding.Kind.REMOTE_GIT, SourceBinding.Kind.GIT_PUBLIC, SourceBinding.Kind.GIT_GITHUB_APP,
            SourceBinding.Kind.GIT_DEPLOY_KEY);

    private SourceLinkSync() {
    }

    public static void policyChanged(UnitOfWork uow, Resource resource) {
        AutoDeploy policy = resource.autoDeploy();
        SourceBinding source = resource.source();
        if (policy == null || !policy.enabled() || policy.triggerKind() != AutoDeployPolicy.TriggerKind.GIT_PUSH
                || source == null || !GIT.contains(source.kind())) {
            return;
        }
        String repository = SourceFingerprint.repository(source.locator());
        if (repository == null) {
            return;
        }
        for (String pattern : policy.refs()) {
            GitRef ref = GitRef.parse(pattern).orElse(null);
            if (ref == null) {
                continue; // a pattern: matched at push time, never linked
            }
            String fingerprint = SourceFingerprint.of(repository, ref.name());
            String id = SourceLink.idOf(resource.organizationId(), fingerprint);
            if (SourceLinkRepository.LINKS.find(uow.tx(), id).isEmpty()) {
                SourceLinkRepository.LINKS.insert(uow.tx(), new SourceLink(id, resource.organizationId(), fingerprint,
                        resource.projectId(), resource.environmentId(), resource.id(), null, null, REASON, uow.now(),
                        uow.now()), uow.now());
            }
        }
    }
}

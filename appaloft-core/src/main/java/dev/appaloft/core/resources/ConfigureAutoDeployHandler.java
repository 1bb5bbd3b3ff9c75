package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.AutoDeployResult;
import dev.appaloft.api.resources.ConfigureAutoDeployInput;
import dev.appaloft.api.resources.ConfigureAutoDeployInput.Mode;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code resources.configureAutoDeploy}: stores the policy, bound to the resource's current source
 * binding. An enabled git-push policy also links its repository and branches (source links), so a
 * verified push starts a deployment (see {@code dev.appaloft.core.sources}).
 */
final class ConfigureAutoDeployHandler implements Handler<ConfigureAutoDeployInput, AutoDeployResult> {

    private static final Pattern SECRET_REF = Pattern.compile("resource-secret:[A-Za-z_][A-Za-z0-9_]{0,127}");

    private final ResourceChanges changes;

    ConfigureAutoDeployHandler(ResourceChanges changes) {
        this.changes = changes;
    }

    @Override
    public AutoDeployResult handle(ConfigureAutoDeployInput in, Actor actor) {
        // an unknown (or another organization's) resource answers 404 whatever the body says
        changes.ctx().read(r -> ResourceRepository.require(r, actor.organizationId(), in.resourceId()));
        Validation v = new Validation();
        v.required("mode", in.mode());
        boolean needsPolicy = in.mode() == Mode.ENABLE || in.mode() == Mode.REPLACE;
        if (needsPolicy) {
            checkPolicy(v, in.policy());
        }
        if (in.mode() == Mode.ACKNOWLEDGE_SOURCE_BINDING) {
            v.required("sourceBindingFingerprint", in.sourceBindingFingerprint());
        }
        v.throwIfInvalid();
        String event = in.mode() == Mode.DISABLE ? "resource-auto-deploy-policy-disabled"
                : "resource-auto-deploy-policy-configured";
        return changes.apply(actor, "resources.configureAutoDeploy", in.resourceId(), event,
                Map.of("mode", in.mode().wire()), (resource, uow) -> {
                    Resource changed = resource.change(draft -> {
                        draft.autoDeploy = next(resource, in, uow.now());
                        return draft;
                    });
                    // source events: an enabled git-push policy links its repository and branches
                    dev.appaloft.core.sources.SourceLinkSync.policyChanged(uow, changed);
                    return changed;
                }, resource -> resource.autoDeploy() == null
                        ? new AutoDeployResult(resource.id(), AutoDeployPolicy.Status.DISABLED, null, null, null, null, null)
                        : resource.autoDeploy().result(resource.id(), resource.source()));
    }

    private static AutoDeploy next(Resource resource, ConfigureAutoDeployInput in, java.time.Instant now) {
        AutoDeploy current = resource.autoDeploy();
        if (in.mode() == Mode.DISABLE) {
            return current == null || !current.enabled() ? current : new AutoDeploy(false, current.triggerKind(),
                    current.refs(), current.eventKinds(), current.sourceBindingFingerprint(),
                    current.genericWebhookSecretRef(), current.dedupeWindowSeconds(), now);
        }
        if (resource.source() == null) {
            throw new AppaloftException(ErrorCode.RESOURCE_AUTO_DEPLOY_SOURCE_MISSING, "resource " + resource.id()
                    + " has no source binding for an auto-deploy policy to follow; configure its source first");
        }
        String fingerprint = resource.source().sourceBindingFingerprint();
        if (in.sourceBindingFingerprint() != null && !in.sourceBindingFingerprint().equals(fingerprint)) {
            throw new AppaloftException(ErrorCode.RESOURCE_AUTO_DEPLOY_POLICY_BLOCKED, "sourceBindingFingerprint "
                    + "is not the resource's current source binding (" + fingerprint + ")", List.of(),
                    Map.of("currentSourceBindingFingerprint", fingerprint), null);
        }
        if (in.mode() == Mode.ACKNOWLEDGE_SOURCE_BINDING) {
            if (current == null) {
                throw new AppaloftException(ErrorCode.RESOURCE_AUTO_DEPLOY_POLICY_BLOCKED,
                        "resource " + resource.id() + " has no auto-deploy policy to acknowledge");
            }
            return new AutoDeploy(current.enabled(), current.triggerKind(), current.refs(), current.eventKinds(),
                    fingerprint, current.genericWebhookSecretRef(), current.dedupeWindowSeconds(), now);
        }
        ConfigureAutoDeployInput.Policy p = in.policy();
        // replace keeps a disabled policy disabled; enable (and replacing an enabled or blocked one) turns it on
        boolean enabled = in.mode() == Mode.ENABLE || current == null || current.enabled();
        return new AutoDeploy(enabled, p.triggerKind(), p.refs().stream().map(String::strip).distinct().toList(),
                p.eventKinds().stream().distinct().toList(), fingerprint, p.genericWebhookSecretRef(),
                p.dedupeWindowSeconds(), now);
    }

    private static void checkPolicy(Validation v, ConfigureAutoDeployInput.Policy p) {
        if (p == null) {
            v.required("policy", null);
            return;
        }
        v.check(p.triggerKind() != null, List.of("policy", "triggerKind"), "triggerKind is required");
        v.check(p.refs() != null && !p.refs().isEmpty() && p.refs().size() <= 50, List.of("policy", "refs"),
                "refs lists 1 to 50 branch or tag patterns");
        if (p.refs() != null) {
            for (int i = 0; i < p.refs().size(); i++) {
                String ref = p.refs().get(i);
                v.check(ref != null && !ref.isBlank() && ref.length() <= 200 && !ref.contains(" ")
                        && !ref.contains(".."), List.of("policy", "refs", i), "a ref is a branch or tag pattern without spaces or '..'");
            }
        }
        v.check(p.eventKinds() != null && !p.eventKinds().isEmpty(), List.of("policy", "eventKinds"),
                "eventKinds lists push and/or tag");
        if (p.dedupeWindowSeconds() != null) {
            v.check(p.dedupeWindowSeconds() >= 1 && p.dedupeWindowSeconds() <= 86_400,
                    List.of("policy", "dedupeWindowSeconds"), "dedupeWindowSeconds must be between 1 and 86400");
        }
        if (p.triggerKind() == AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK) {
            if (p.genericWebhookSecretRef() == null) {
                // its own code: clients point the user at creating the secret first
                v.throwIfInvalid();
                throw new AppaloftException(ErrorCode.RESOURCE_AUTO_DEPLOY_SECRET_REQUIRED, "a generic signed webhook "
                        + "policy needs genericWebhookSecretRef: resource-secret:<KEY> naming one of the resource's secrets");
            }
            v.check(SECRET_REF.matcher(p.genericWebhookSecretRef()).matches(),
                    List.of("policy", "genericWebhookSecretRef"),
                    "genericWebhookSecretRef must be resource-secret:<KEY> (a reference, never the secret itself)");
        } else if (p.genericWebhookSecretRef() != null) {
            v.check(false, List.of("policy", "genericWebhookSecretRef"),
                    "only generic-signed-webhook policies use a secret reference");
        }
    }
}

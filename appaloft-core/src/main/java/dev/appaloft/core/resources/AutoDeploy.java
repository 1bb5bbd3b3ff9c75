package dev.appaloft.core.resources;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.AutoDeployResult;
import dev.appaloft.api.resources.SourceBinding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A resource's auto-deploy policy as stored, bound to the source binding it was configured for.
 * It reads as {@code blocked} once the resource's source changes, until that change is
 * acknowledged: a policy meant for one repository must not start deploying another.
 */
public record AutoDeploy(boolean enabled, AutoDeployPolicy.TriggerKind triggerKind, List<String> refs,
                         List<AutoDeployPolicy.EventKind> eventKinds, String sourceBindingFingerprint,
                         String genericWebhookSecretRef, Long dedupeWindowSeconds, Instant updatedAt) {

    static final String SOURCE_BINDING_CHANGED = "source-binding-changed";

    public AutoDeploy {
        refs = List.copyOf(refs);
        eventKinds = List.copyOf(eventKinds);
    }

    AutoDeployPolicy.Status status(SourceBinding current) {
        if (!enabled) {
            return AutoDeployPolicy.Status.DISABLED;
        }
        String now = current == null ? null : current.sourceBindingFingerprint();
        return Objects.equals(now, sourceBindingFingerprint) ? AutoDeployPolicy.Status.ENABLED
                : AutoDeployPolicy.Status.BLOCKED;
    }

    public AutoDeployPolicy view(SourceBinding current) {
        AutoDeployPolicy.Status status = status(current);
        return new AutoDeployPolicy(status, triggerKind, refs, eventKinds, sourceBindingFingerprint,
                status == AutoDeployPolicy.Status.BLOCKED ? SOURCE_BINDING_CHANGED : null, genericWebhookSecretRef,
                dedupeWindowSeconds, Timestamps.format(updatedAt));
    }

    AutoDeployResult result(String resourceId, SourceBinding current) {
        AutoDeployPolicy.Status status = status(current);
        return new AutoDeployResult(resourceId, status, triggerKind, refs, eventKinds, sourceBindingFingerprint,
                status == AutoDeployPolicy.Status.BLOCKED ? SOURCE_BINDING_CHANGED : null);
    }
}

package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * {@code resources.configureAutoDeploy}: the resource's policy for deploying on trusted source
 * events. The policy is stored and shown; the events themselves (git pushes, signed webhooks) are
 * not received yet, so nothing deploys on its own.
 *
 * @param mode {@code enable} and {@code replace} need {@code policy}; {@code disable} keeps the policy
 *        but turns it off; {@code acknowledge-source-binding} re-binds a policy blocked by a source
 *        change, given the current {@code sourceBindingFingerprint}
 */
public record ConfigureAutoDeployInput(String resourceId, Mode mode, String sourceBindingFingerprint, Policy policy,
                                       String idempotencyKey) {

    public enum Mode {
        ENABLE, DISABLE, REPLACE, ACKNOWLEDGE_SOURCE_BINDING;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param genericWebhookSecretRef required for {@code generic-signed-webhook}: {@code resource-secret:<KEY>},
     *        naming one of the resource's secrets (never a secret value)
     */
    public record Policy(AutoDeployPolicy.TriggerKind triggerKind, List<String> refs,
                         List<AutoDeployPolicy.EventKind> eventKinds, String genericWebhookSecretRef,
                         Long dedupeWindowSeconds) {
    }
}

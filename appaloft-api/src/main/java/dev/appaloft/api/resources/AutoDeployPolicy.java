package dev.appaloft.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A resource's auto-deploy policy as {@code resources.show} reports it. It is {@code blocked}
 * ({@code source-binding-changed}) when the resource's source changed after the policy was bound to
 * it, until the change is acknowledged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutoDeployPolicy(Status status, TriggerKind triggerKind, List<String> refs, List<EventKind> eventKinds,
                               String sourceBindingFingerprint, String blockedReason, String genericWebhookSecretRef,
                               Long dedupeWindowSeconds, String updatedAt) {

    public enum Status {
        ENABLED, DISABLED, BLOCKED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum TriggerKind {
        GIT_PUSH, GENERIC_SIGNED_WEBHOOK;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum EventKind {
        PUSH, TAG;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

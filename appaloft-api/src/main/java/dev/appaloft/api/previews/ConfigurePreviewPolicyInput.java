package dev.appaloft.api.previews;

/** {@code previewPolicies.configure}: replaces the scope's policy (absent fields take the default). */
public record ConfigurePreviewPolicyInput(PreviewScope scope, PreviewPolicySettings policy, String idempotencyKey) {
}

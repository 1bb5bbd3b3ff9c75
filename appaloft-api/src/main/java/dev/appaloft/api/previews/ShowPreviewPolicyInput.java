package dev.appaloft.api.previews;

/** {@code previewPolicies.show}: the policy in effect for the scope. */
public record ShowPreviewPolicyInput(PreviewScope scope) {
}

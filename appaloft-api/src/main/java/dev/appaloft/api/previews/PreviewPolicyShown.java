package dev.appaloft.api.previews;

/**
 * {@code previewPolicies.show}: the scope's policy; for a resource without its own, its project's;
 * {@code source} says whether one was configured or the default applies (then there is no id).
 */
public record PreviewPolicyShown(String schemaVersion, Policy policy, String generatedAt) {

    public static final String SCHEMA_VERSION = "preview-policies.show/v1";

    public record Policy(String id, PreviewScope scope, PreviewPolicySettings settings, String source,
                         String updatedAt) {
    }
}

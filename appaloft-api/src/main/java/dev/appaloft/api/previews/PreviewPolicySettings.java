package dev.appaloft.api.previews;

/**
 * A preview policy: same-repository pull requests, forks, whether previews receive secrets, how
 * many may be active at once (absent: no limit) and how long one lives (absent: until it closes).
 */
public record PreviewPolicySettings(Boolean sameRepositoryPreviews, ForkPreviews forkPreviews,
                                    Boolean secretBackedPreviews, Integer maxActivePreviews,
                                    Integer previewTtlHours) {

    /** The spec's default: same-repository previews with secrets, no forks. */
    public static final PreviewPolicySettings DEFAULT = new PreviewPolicySettings(true, ForkPreviews.DISABLED, true,
            null, null);
}

package dev.appaloft.core.sources;

import dev.appaloft.core.secrets.SecretBox;

/**
 * The GitHub webhook secret of this instance, kept sealed by the engine's secret box and opened only
 * to verify a delivery. It is never logged, shown or stored.
 */
public final class GitHubWebhookSecret {

    private final SecretBox box;
    private final String sealed;

    private GitHubWebhookSecret(SecretBox box, String sealed) {
        this.box = box;
        this.sealed = sealed;
    }

    /** The secret sealed by {@code box}; a null or blank secret means GitHub webhooks are not configured. */
    public static GitHubWebhookSecret of(SecretBox box, String plain) {
        return new GitHubWebhookSecret(box, plain == null || plain.isBlank() ? null : box.seal(plain));
    }

    boolean configured() {
        return sealed != null;
    }

    String open() {
        return box.open(sealed);
    }

    @Override
    public String toString() {
        return configured() ? "GitHubWebhookSecret[configured]" : "GitHubWebhookSecret[not configured]";
    }
}

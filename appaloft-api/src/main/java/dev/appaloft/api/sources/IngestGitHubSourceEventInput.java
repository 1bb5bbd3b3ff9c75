package dev.appaloft.api.sources;

/**
 * {@code source-events.ingest}: one GitHub webhook delivery as it arrived. Over HTTP the fields come
 * from the {@code X-Hub-Signature-256}, {@code X-GitHub-Event} and {@code X-GitHub-Delivery} headers
 * and the raw body, which the signature covers byte for byte.
 */
public record IngestGitHubSourceEventInput(String signature, String event, String deliveryId, String payload) {

    @Override
    public String toString() {
        return "IngestGitHubSourceEventInput[event=" + event + ", deliveryId=" + deliveryId + "]";
    }
}

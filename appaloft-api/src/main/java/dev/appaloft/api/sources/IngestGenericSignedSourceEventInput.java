package dev.appaloft.api.sources;

/**
 * {@code source-events.ingestGenericSigned}: a signed webhook for one resource. Over HTTP the
 * signature is the {@code X-Appaloft-Signature} header ({@code sha256=<hex>} or bare hex: the
 * HMAC-SHA256 of the raw body with the secret the resource's auto-deploy policy names), the body is
 * JSON {@code {eventKind?, ref, revision, sourceIdentity?: {locator, ...}, deliveryId?, idempotencyKey?}}.
 */
public record IngestGenericSignedSourceEventInput(String resourceId, String signature, String deliveryId,
                                                  String payload) {

    @Override
    public String toString() {
        return "IngestGenericSignedSourceEventInput[resourceId=" + resourceId + ", deliveryId=" + deliveryId + "]";
    }
}

package dev.appaloft.core.sources;

import dev.appaloft.api.sources.SourceKind;

/**
 * What a verified delivery says, and nothing more: who sent it, which repository and ref moved to
 * which revision, and the ids it can be deduplicated by. The raw payload is not kept.
 */
record SourceEventFacts(SourceKind sourceKind, String verificationMethod, SourceEvent.Identity identity,
                        String repository, String rawRef, GitRef ref, String revision, String deliveryId,
                        String idempotencyKey, String scopeResourceId,
                        String before) {

    static final String PROVIDER_SIGNATURE = "provider-signature";
    static final String GENERIC_HMAC = "generic-hmac";

    /** The fingerprint a push is matched by; null when the repository is unknown. */
    String fingerprint() {
        return repository == null ? null : SourceFingerprint.of(repository, ref.name());
    }
}

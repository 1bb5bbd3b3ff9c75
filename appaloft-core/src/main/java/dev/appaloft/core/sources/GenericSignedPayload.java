package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.SourceEventKind;
import dev.appaloft.api.sources.SourceKind;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a generic signed delivery: {@code {eventKind?, ref, revision, sourceIdentity?: {locator,
 * providerRepositoryId?, repositoryFullName?}, deliveryId?, idempotencyKey?}}, normalized facts
 * only; any other field is refused so a sender cannot smuggle a payload into the record.
 */
final class GenericSignedPayload {

    private static final Set<String> FIELDS = Set.of("eventKind", "ref", "revision", "sourceIdentity", "deliveryId",
            "idempotencyKey", "receivedAt");
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9._\\-]{1,200}");

    static SourceEventFacts parse(byte[] body, String resourceId, String headerDeliveryId, String resourceLocator) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the webhook body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw AppaloftException.validation("(body)", "a generic signed webhook body is a JSON object");
        }
        Validation v = new Validation();
        root.fieldNames().forEachRemaining(name -> v.check(FIELDS.contains(name), name,
                name + " is not a field of a generic signed webhook"));
        String eventKind = text(root, "eventKind");
        v.check(eventKind == null || eventKind.equals("push") || eventKind.equals("tag"), "eventKind",
                "eventKind must be push or tag");
        String rawRef = v.text("ref", text(root, "ref"), GitRef.MAX_LENGTH + 11);
        GitRef ref = rawRef == null ? null : GitRef.parse(rawRef).orElse(null);
        v.check(rawRef == null || ref != null, "ref", "ref must be a branch or tag name (or refs/heads/..., refs/tags/...)");
        if (ref != null && "tag".equals(eventKind) && ref.kind() == SourceEventKind.PUSH) {
            ref = new GitRef(SourceEventKind.TAG, ref.name());
        }
        String revision = v.text("revision", text(root, "revision"), 200);
        v.check(revision == null || REVISION.matcher(revision).matches(), "revision",
                "revision is a commit id or version of letters, digits, '.', '_' and '-'");
        String deliveryId = v.optionalText("deliveryId", text(root, "deliveryId"), 200);
        if (deliveryId == null && headerDeliveryId != null) {
            deliveryId = v.optionalText("X-Appaloft-Delivery", headerDeliveryId, 200);
        }
        String idempotencyKey = v.optionalText("idempotencyKey", text(root, "idempotencyKey"), 200);
        JsonNode identity = root.get("sourceIdentity");
        String locator = resourceLocator;
        String providerId = null;
        String fullName = null;
        if (identity != null && !identity.isNull()) {
            v.check(identity.isObject(), "sourceIdentity", "sourceIdentity is an object");
            locator = v.text("sourceIdentity.locator", text(identity, "locator"), 1000);
            providerId = v.optionalText("sourceIdentity.providerRepositoryId", text(identity, "providerRepositoryId"), 200);
            fullName = v.optionalText("sourceIdentity.repositoryFullName", text(identity, "repositoryFullName"), 200);
        }
        for (String name : List.of("eventKind", "ref", "revision", "deliveryId", "idempotencyKey")) {
            JsonNode value = root.get(name);
            v.check(value == null || value.isNull() || value.isTextual(), name, name + " must be a string");
        }
        v.throwIfInvalid();
        return new SourceEventFacts(SourceKind.GENERIC_SIGNED, SourceEventFacts.GENERIC_HMAC,
                new SourceEvent.Identity(locator == null ? "resource:" + resourceId : SourceLocators.safe(locator),
                        providerId, fullName),
                SourceFingerprint.repository(locator), rawRef.strip(), ref, revision, deliveryId, idempotencyKey,
                resourceId, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private GenericSignedPayload() {
    }
}

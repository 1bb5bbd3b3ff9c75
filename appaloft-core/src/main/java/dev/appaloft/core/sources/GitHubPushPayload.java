package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.SourceKind;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a GitHub {@code push} delivery: {@code ref}, {@code after} (the new head commit),
 * {@code deleted} and {@code repository} ({@code clone_url}, {@code html_url}, {@code full_name},
 * {@code id}). Everything else in the payload is ignored and never stored.
 */
final class GitHubPushPayload {

    static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** The facts, or null for a deleted ref (nothing to deploy). */
    static SourceEventFacts parse(byte[] body, String deliveryId) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the push payload is not JSON");
        }
        Validation v = new Validation();
        if (root == null || !root.isObject()) {
            throw AppaloftException.validation("(body)", "a push payload is a JSON object");
        }
        String rawRef = text(root, "ref");
        GitRef ref = GitRef.parse(rawRef).orElse(null);
        v.check(ref != null, "ref", "ref must be refs/heads/<branch> or refs/tags/<tag>");
        boolean deleted = root.path("deleted").asBoolean(false);
        String after = text(root, "after");
        v.check(after != null && COMMIT.matcher(after).matches(), "after",
                "after must be the pushed commit's full hex id");
        JsonNode repo = root.get("repository");
        v.check(repo != null && repo.isObject(), "repository", "repository is required");
        String locator = null;
        String fullName = null;
        String repoId = null;
        if (repo != null && repo.isObject()) {
            fullName = text(repo, "full_name");
            locator = firstText(repo, "clone_url", "html_url", "url");
            if (locator == null && fullName != null) {
                locator = "https://github.com/" + fullName;
            }
            JsonNode id = repo.get("id");
            repoId = id == null || id.isNull() ? null : id.asText();
            v.check(locator != null && SourceFingerprint.repository(locator) != null, List.of("repository", "clone_url"),
                    "repository.clone_url (or html_url, or full_name) is required");
            v.check(locator == null || locator.length() <= 1000, List.of("repository", "clone_url"),
                    "repository.clone_url must be at most 1000 characters");
        }
        v.throwIfInvalid();
        if (deleted) {
            return null;
        }
        return new SourceEventFacts(SourceKind.GITHUB, SourceEventFacts.PROVIDER_SIGNATURE,
                new SourceEvent.Identity(SourceLocators.safe(locator), repoId, fullName),
                SourceFingerprint.repository(locator), rawRef.strip(), ref, after, deliveryId, null, null,
                before(root));
    }

    /** The commit the ref moved from; null for a new ref (GitHub sends zeros) or when absent. */
    private static String before(JsonNode root) {
        String before = text(root, "before");
        return before != null && COMMIT.matcher(before).matches() && !before.matches("0+") ? before : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private GitHubPushPayload() {
    }
}

package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.SourceKind;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.previews.PullRequest;
import java.io.IOException;
import java.util.List;

/**
 * Reads a GitHub {@code pull_request} delivery: {@code action}, {@code number},
 * {@code pull_request.base} (ref, repo) and {@code pull_request.head} (ref, sha, repo). The head
 * repository decides whether it is a fork. Everything else (title, body, users) is ignored.
 */
final class GitHubPullRequestPayload {

    /** The pull request and the source-event facts it is recorded with (the head branch moved to the head commit). */
    record Parsed(PullRequest pullRequest, SourceEventFacts facts) {
    }

    private GitHubPullRequestPayload() {
    }

    static Parsed parse(byte[] body, String deliveryId) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AppaloftException(ErrorCode.MALFORMED_REQUEST, "the pull_request payload is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw AppaloftException.validation("(body)", "a pull_request payload is a JSON object");
        }
        Validation v = new Validation();
        String action = text(root, "action");
        v.check(action != null, "action", "action is required");
        JsonNode number = root.path("number").isMissingNode() ? root.path("pull_request").path("number")
                : root.path("number");
        v.check(number.canConvertToInt() && number.asInt() > 0, "number", "number must be the pull request's number");
        JsonNode pr = root.path("pull_request");
        v.check(pr.isObject(), "pull_request", "pull_request is required");
        JsonNode base = pr.path("base");
        JsonNode head = pr.path("head");
        String baseRef = text(base, "ref");
        v.check(baseRef != null && GitRef.validName(baseRef), List.of("pull_request", "base", "ref"),
                "pull_request.base.ref must be a branch name");
        String headRef = text(head, "ref");
        v.check(headRef != null && GitRef.validName(headRef), List.of("pull_request", "head", "ref"),
                "pull_request.head.ref must be a branch name");
        String headSha = text(head, "sha");
        v.check(headSha != null && GitHubPushPayload.COMMIT.matcher(headSha).matches(),
                List.of("pull_request", "head", "sha"), "pull_request.head.sha must be the head commit's full hex id");
        JsonNode baseRepo = base.path("repo").isObject() ? base.path("repo") : root.path("repository");
        String baseLocator = locator(baseRepo);
        v.check(baseLocator != null && SourceFingerprint.repository(baseLocator) != null,
                List.of("pull_request", "base", "repo", "clone_url"), "the base repository's clone_url is required");
        JsonNode headRepo = head.path("repo");
        // a fork that was deleted has no head repository: it can only be the base one's branch, if anything
        String headLocator = headRepo.isObject() ? locator(headRepo) : baseLocator;
        v.check(headLocator == null || headLocator.length() <= 1000, List.of("pull_request", "head", "repo", "clone_url"),
                "the head repository's clone_url must be at most 1000 characters");
        v.throwIfInvalid();
        String baseFullName = fullName(baseRepo, baseLocator);
        String headFullName = headRepo.isObject() ? fullName(headRepo, headLocator) : baseFullName;
        String repository = SourceFingerprint.repository(baseLocator);
        String headRepository = headLocator == null ? null : SourceFingerprint.repository(headLocator);
        boolean fork = headRepository == null || !headRepository.equals(repository);
        PullRequest pull = new PullRequest(action, number.asInt(), repository, baseFullName, baseRef, headLocator,
                headFullName, headRef, headSha, fork);
        String rawRef = GitRef.HEADS + headRef;
        JsonNode id = baseRepo.get("id");
        SourceEventFacts facts = new SourceEventFacts(SourceKind.GITHUB, SourceEventFacts.PROVIDER_SIGNATURE,
                new SourceEvent.Identity(SourceLocators.safe(baseLocator), id == null || id.isNull() ? null : id.asText(),
                        baseFullName), repository, rawRef, GitRef.parse(rawRef).orElseThrow(), headSha, deliveryId, null,
                null, null);
        return new Parsed(pull, facts);
    }

    private static String locator(JsonNode repo) {
        String locator = firstText(repo, "clone_url", "html_url", "url");
        String fullName = text(repo, "full_name");
        return locator == null && fullName != null ? "https://github.com/" + fullName : locator;
    }

    private static String fullName(JsonNode repo, String locator) {
        String name = text(repo, "full_name");
        return name != null ? name : SourceLocators.safe(locator);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
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
}

package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_INGEST;
import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_INGEST_GENERIC_SIGNED;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.sources.IngestGenericSignedSourceEventInput;
import dev.appaloft.api.sources.IngestGitHubSourceEventInput;
import dev.appaloft.api.sources.SourceEventIngested;
import dev.appaloft.api.sources.SourceEventStatus;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.resources.AutoDeploy;
import dev.appaloft.core.resources.Resource;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code source-events.ingest} (GitHub) and {@code source-events.ingestGenericSigned}. The signature
 * is the credential: it is checked before the body is read, and a delivery that fails it records
 * nothing. A verified one is deduplicated by its delivery id, matched, recorded and dispatched.
 */
final class SourceEventIngestHandlers {

    static final String PING = "ping";
    static final String PUSH = "push";
    private static final String SECRET_REF_PREFIX = "resource-secret:";

    private final CoreContext ctx;
    private final GitHubWebhookSecret gitHubSecret;
    private final SourceEventRecorder recorder;

    private final PullRequestIngest pullRequests;

    SourceEventIngestHandlers(CoreContext ctx, GitHubWebhookSecret gitHubSecret, SourceEventRecorder recorder,
                              PullRequestIngest pullRequests) {
        this.ctx = ctx;
        this.gitHubSecret = gitHubSecret;
        this.recorder = recorder;
        this.pullRequests = pullRequests;
    }

    void register(HandlerRegistry registry) {
        registry.register(SOURCE_EVENTS_INGEST, this::gitHub)
                .register(SOURCE_EVENTS_INGEST_GENERIC_SIGNED, this::genericSigned);
    }

    SourceEventIngested gitHub(IngestGitHubSourceEventInput in, Actor actor) {
        if (!gitHubSecret.configured()) {
            throw new AppaloftException(ErrorCode.SOURCE_EVENT_WEBHOOK_NOT_CONFIGURED, "GitHub webhooks are not "
                    + "configured on this instance (set APPALOFT_GITHUB_WEBHOOK_SECRET, or "
                    + "AppaloftEngine.builder().githubWebhookSecret(...))");
        }
        byte[] body = body(in.payload());
        verify(gitHubSecret.open(), body, in.signature(), "X-Hub-Signature-256");
        Validation v = new Validation();
        String event = v.text("X-GitHub-Event", in.event(), 100);
        v.throwIfInvalid();
        if (PING.equals(event)) {
            return new SourceEventIngested(null, SourceEventStatus.IGNORED, List.of(), List.of(), List.of(), null);
        }
        if (!PUSH.equals(event) && !PullRequestIngest.EVENT.equals(event)) {
            throw new AppaloftException(ErrorCode.SOURCE_EVENT_KIND_UNSUPPORTED, "GitHub event " + event
                    + " does not deploy; send push and pull_request events (and ping)");
        }
        String deliveryId = v.text("X-GitHub-Delivery", in.deliveryId(), 200);
        v.throwIfInvalid();
        if (PullRequestIngest.EVENT.equals(event)) {
            return pullRequests.ingest(actor, body, deliveryId);
        }
        SourceEventFacts facts = GitHubPushPayload.parse(body, deliveryId);
        if (facts == null) {
            // a deleted branch or tag: nothing to deploy, nothing to record
            return new SourceEventIngested(null, SourceEventStatus.IGNORED, List.of(), List.of(), List.of(), null);
        }
        String dedupeKey = "source-event:github:" + deliveryId;
        // one read: is it a redelivery, and if not, what does it match
        SourceEventIngested[] duplicate = new SourceEventIngested[1];
        List<SourceEventMatcher.Outcome> outcomes = ctx.read(r -> {
            duplicate[0] = SourceEventRecorder.duplicate(r, dedupeKey).orElse(null);
            // a push older than one already recorded for the same ref deploys nothing (StalePushes)
            return duplicate[0] != null ? List.of() : SourceEventMatcher.byLinks(r, facts, null).stream()
                    .map(o -> StalePushes.withoutSuperseded(r, o, facts)).toList();
        });
        if (duplicate[0] != null) {
            return duplicate[0];
        }
        if (outcomes.isEmpty()) {
            // nobody links this repository and ref: the instance's own organization keeps the record
            return recorder.record(actor, facts, SourceEventMatcher.Outcome.nothing(Actor.SELF_HOSTED_ORGANIZATION),
                    dedupeKey);
        }
        SourceEventIngested first = null;
        for (int i = 0; i < outcomes.size(); i++) {
            // one record per organization; only the first carries the delivery's own dedupe key
            SourceEventIngested result = recorder.record(actor, facts, outcomes.get(i),
                    i == 0 ? dedupeKey : dedupeKey + ":" + outcomes.get(i).organizationId());
            first = first == null ? result : first;
        }
        return first;
    }

    SourceEventIngested genericSigned(IngestGenericSignedSourceEventInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        v.throwIfInvalid();
        Resource resource = ctx.read(r -> SourceEventMatcher.resource(r, null, resourceId));
        if (resource == null) {
            throw AppaloftException.notFound("resource", resourceId);
        }
        String secret = genericSecret(resource);
        byte[] body = body(in.payload());
        verify(secret, body, in.signature(), "X-Appaloft-Signature");
        String locator = resource.source() == null ? null : resource.source().locator();
        SourceEventFacts facts = GenericSignedPayload.parse(body, resource.id(), in.deliveryId(), locator);
        String identity = facts.deliveryId() != null ? "delivery:" + facts.deliveryId()
                : facts.idempotencyKey() != null ? "key:" + facts.idempotencyKey()
                : "revision:" + facts.ref().fullName() + "@" + facts.revision();
        String dedupeKey = "source-event:generic-signed:" + resource.id() + ":" + identity;
        Optional<SourceEventIngested> duplicate = recorder.duplicate(dedupeKey);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        return recorder.record(actor, facts, SourceEventMatcher.forResource(resource, facts), dedupeKey);
    }

    /** The secret the resource's generic signed webhook policy names; without one nothing can be verified. */
    private String genericSecret(Resource resource) {
        AutoDeploy policy = resource.autoDeploy();
        String ref = policy == null || policy.triggerKind() != AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK
                ? null : policy.genericWebhookSecretRef();
        if (ref == null || !ref.startsWith(SECRET_REF_PREFIX)) {
            throw notConfigured(resource);
        }
        String key = ref.substring(SECRET_REF_PREFIX.length());
        return resource.variables().stream()
                .filter(e -> e.isSecret() && e.key().equals(key))
                // a runtime secret first, as the policy's reference means
                .min(Comparator.comparing((ConfigEntry e) -> e.exposure() == VariableExposure.RUNTIME ? 0 : 1))
                .map(e -> ctx.secrets().open(e.value()))
                .orElseThrow(() -> notConfigured(resource));
    }

    private static AppaloftException notConfigured(Resource resource) {
        return new AppaloftException(ErrorCode.SOURCE_EVENT_WEBHOOK_NOT_CONFIGURED, "resource " + resource.id()
                + " has no generic signed webhook: configure its auto-deploy policy with triggerKind "
                + "generic-signed-webhook and genericWebhookSecretRef resource-secret:<KEY> naming one of its secrets");
    }

    private static void verify(String secret, byte[] body, String signature, String header) {
        switch (WebhookSignature.verify(secret, body, signature)) {
            case VALID -> { }
            case MISSING -> throw new AppaloftException(ErrorCode.SOURCE_EVENT_SIGNATURE_MISSING,
                    "the delivery has no " + header + " header");
            default -> throw new AppaloftException(ErrorCode.SOURCE_EVENT_SIGNATURE_INVALID,
                    "the " + header + " signature does not match the delivery");
        }
    }

    private static byte[] body(String payload) {
        return payload == null ? new byte[0] : payload.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.appaloft.core.domains;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A custom domain of a resource on one server, and every ownership verification attempt made for
 * it (with what each check looked for and found). {@code token} is the public challenge the
 * domain's owner publishes (a TXT record, or our proxy answers it over HTTP); it proves control,
 * it grants nothing, so it is not sealed.
 *
 * <p>States: {@code pending_verification} (created) → {@code bound} (ownership confirmed) →
 * {@code ready} (route applied, no certificate needed) or {@code not_ready} (route could not be
 * applied); a retry takes {@code pending_verification|not_ready} back to
 * {@code pending_verification}; delete → {@code deleted} (kept as a tombstone, hidden).
 */
record DomainBinding(String id, String organizationId, String projectId, String environmentId, String resourceId,
                     String serverId, String destinationId, String domainName, String pathPrefix, String proxyKind,
                     String tlsMode, String redirectTo, Integer redirectStatus, String certificatePolicy,
                     String status, String token, List<Attempt> attempts, Observation observation,
                     String routeFailure, String idempotencyKey, Instant createdAt, Instant deletedAt) {

    static final String PENDING_VERIFICATION = "pending_verification";
    static final String BOUND = "bound";
    static final String CERTIFICATE_PENDING = "certificate_pending";
    static final String READY = "ready";
    static final String NOT_READY = "not_ready";
    static final String DELETED = "deleted";
    /** States whose binding is a route on the proxy. */
    static final Set<String> ROUTED = Set.of(BOUND, CERTIFICATE_PENDING, READY, NOT_READY);

    DomainBinding {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /**
     * One verification attempt. {@code status} {@code pending|verified|failed|retry_scheduled};
     * {@code method} {@code dns|manual}; {@code checks} every check made for it, oldest first.
     */
    record Attempt(String id, String status, String method, String challenge, Instant requestedAt, Instant finishedAt,
                   List<Check> checks, String confirmedBy, String evidence, String idempotencyKey) {

        Attempt {
            checks = checks == null ? List.of() : List.copyOf(checks);
        }

        Attempt with(String newStatus, Check check, Instant at) {
            List<Check> all = new ArrayList<>(checks);
            if (check != null) {
                all.add(check);
            }
            boolean ends = newStatus.equals("verified") || newStatus.equals("failed");
            return new Attempt(id, newStatus, method, challenge, requestedAt, ends ? at : finishedAt, all, confirmedBy,
                    evidence, idempotencyKey);
        }
    }

    /**
     * One check: {@code kind} {@code dns-txt|http-token|manual}, where it looked ({@code target}),
     * what it expected and what it found; {@code outcome} as the spec's DNS observation statuses.
     */
    record Check(String kind, String target, List<String> expected, List<String> observed, String outcome,
                 String message, Instant checkedAt) {
    }

    /** The latest check as {@code dnsObservation} shows it. */
    record Observation(String status, List<String> expectedTargets, List<String> observedTargets, Instant checkedAt,
                       String message) {
    }

    boolean serves() {
        return redirectTo == null;
    }

    boolean routed() {
        return ROUTED.contains(status);
    }

    boolean active() {
        return !DELETED.equals(status) && !"failed".equals(status);
    }

    Attempt latestAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    DomainBinding withStatus(String next) {
        return new DomainBinding(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                domainName, pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, certificatePolicy, next, token,
                attempts, observation, routeFailure, idempotencyKey, createdAt, deletedAt);
    }

    DomainBinding withRoute(String target, Integer statusCode) {
        return new DomainBinding(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                domainName, pathPrefix, proxyKind, tlsMode, target, target == null ? null : statusCode,
                certificatePolicy, status, token, attempts, observation, routeFailure, idempotencyKey, createdAt,
                deletedAt);
    }

    DomainBinding withRouteFailure(String failure) {
        return new DomainBinding(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                domainName, pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, certificatePolicy, status,
                token, attempts, observation, failure, idempotencyKey, createdAt, deletedAt);
    }

    /** With {@code attempt} replacing the attempt of the same id in place, or appended. */
    DomainBinding withAttempt(Attempt attempt, Observation seen) {
        // in the order they were made (two may share a millisecond)
        List<Attempt> all = new ArrayList<>(attempts);
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            at = all.get(i).id().equals(attempt.id()) ? i : at;
        }
        if (at >= 0) {
            all.set(at, attempt);
        } else {
            all.add(attempt);
        }
        return new DomainBinding(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                domainName, pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, certificatePolicy, status,
                token, all, seen == null ? observation : seen, routeFailure, idempotencyKey, createdAt, deletedAt);
    }

    DomainBinding deleted(Instant at) {
        return new DomainBinding(id, organizationId, projectId, environmentId, resourceId, serverId, destinationId,
                domainName, pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, certificatePolicy, DELETED,
                token, attempts, observation, routeFailure, idempotencyKey, createdAt, at);
    }

    /** Where the TXT record is looked for. */
    String txtName() {
        return "_appaloft-challenge." + domainName;
    }

    /** The path our edge proxy answers the token at, on the binding's host. */
    static final String TOKEN_PATH = "/.well-known/appaloft-domain-verification/";

    String tokenPath() {
        return TOKEN_PATH + id;
    }
}

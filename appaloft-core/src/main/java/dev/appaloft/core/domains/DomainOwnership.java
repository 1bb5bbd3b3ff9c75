package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_CONFIRM_OWNERSHIP;
import static dev.appaloft.api.catalog.DomainOperations.DOMAIN_BINDINGS_RETRY_VERIFICATION;

import dev.appaloft.api.Actor;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.DnsResolver;
import dev.appaloft.api.domains.RetryDomainVerificationInput;
import dev.appaloft.api.domains.VerificationOutput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.work.WorkFailure;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code domainBindings.confirmOwnership} and {@code retryVerification}. A DNS confirmation checks
 * at once (outside any transaction), then records the attempt with its checks; a check that does
 * not prove ownership is still recorded, and the call answers {@code domain_ownership_not_verified}
 * with what was checked and found. A retry records a new attempt and hands it to the work queue,
 * which checks again with backoff until ownership is proven or the attempts run out; every check
 * is recorded on the attempt. Once bound, the binding's route goes on its server's edge proxy.
 */
public final class DomainOwnership {

    static final String KIND = "domain-binding-verification";

    /**
     * How ownership is checked: the DNS lookups, and how a scheduled verification is retried
     * (attempts and backoff).
     */
    public record Settings(DnsResolver resolver, RetryPolicy retry, Runnable wake) {

        public static final RetryPolicy DEFAULT_RETRY = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(15));

        public Settings {
            resolver = resolver == null ? new JndiDnsResolver() : resolver;
            retry = retry == null ? DEFAULT_RETRY : retry;
            wake = wake == null ? () -> { } : wake;
        }
    }

    /** The payload of one scheduled verification. */
    record Scheduled(String organizationId, String bindingId, String attemptId) {
    }

    private final CoreContext ctx;
    private final DomainRoutes routes;
    private final OwnershipChecks checks;
    private final Settings settings;

    private DomainOwnership(CoreContext ctx, DomainRoutes routes, Settings settings) {
        this.ctx = ctx;
        this.routes = routes;
        this.checks = new OwnershipChecks(settings.resolver());
        this.settings = settings;
    }

    static void register(HandlerRegistry registry, CoreContext ctx, DomainRoutes routes, Settings settings,
                         WorkKinds kinds) {
        DomainOwnership h = new DomainOwnership(ctx, routes, settings);
        registry.register(DOMAIN_BINDINGS_CONFIRM_OWNERSHIP, h::confirm);
        registry.register(DOMAIN_BINDINGS_RETRY_VERIFICATION, h::retry);
        kinds.register(new WorkKind(KIND, OperatorWorkKind.ROUTE_REALIZATION, DOMAIN_BINDINGS_RETRY_VERIFICATION.key(),
                settings.retry(), h::scheduled));
        kinds.describe(KIND, (reader, item) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            try {
                Scheduled s = Json.read(item.payload(), Scheduled.class);
                details.put("domainBindingId", s.bindingId());
                details.put("verificationAttemptId", s.attemptId());
            } catch (RuntimeException e) {
                // an unreadable payload tells nothing more
            }
            return details;
        });
    }

    VerificationOutput confirm(ConfirmDomainOwnershipInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("domainBindingId", in.domainBindingId(), 200);
        String mode = in.verificationMode() == null ? "dns" : in.verificationMode();
        v.check(Set.of("dns", "manual").contains(mode), "verificationMode", "verificationMode must be dns or manual");
        String challenge = v.optionalText("challenge", in.challenge(), 20);
        v.check(challenge == null || Set.of(OwnershipChecks.DNS_TXT, OwnershipChecks.HTTP_TOKEN).contains(challenge),
                "challenge", "challenge must be dns-txt or http-token");
        v.check(challenge == null || mode.equals("dns"), "challenge", "challenge applies to verificationMode dns only");
        String confirmedBy = v.optionalText("confirmedBy", in.confirmedBy(), 200);
        String evidence = v.optionalText("evidence", in.evidence(), 2000);
        String attemptId = v.optionalText("verificationAttemptId", in.verificationAttemptId(), 200);
        DomainBinding b = id == null ? null
                : ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), id)).value();
        v.throwIfInvalid();
        if (b.routed()) { // confirmed already: the same answer again
            DomainBinding.Attempt verified = b.attempts().stream().filter(a -> a.status().equals("verified"))
                    .reduce((first, second) -> second).orElse(b.latestAttempt());
            return new VerificationOutput(b.id(), verified.id());
        }
        if (!DomainBinding.PENDING_VERIFICATION.equals(b.status())) {
            throw stateInvalid(b, "confirmed");
        }
        if (mode.equals("manual") && !actor.hasRole(Actor.Role.ADMIN)) {
            // vouching for a domain without a check routes it: an admin's decision, not a developer's
            throw new AppaloftException(ErrorCode.FORBIDDEN, "a manual ownership confirmation needs an admin;"
                    + " a developer proves ownership with verificationMode dns");
        }
        DomainBinding.Attempt attempt = attemptFor(b, attemptId, mode, challenge, confirmedBy, evidence, in.idempotencyKey());
        List<DomainBinding.Check> made = mode.equals("manual")
                ? List.of(new DomainBinding.Check("manual", b.domainName(), List.of(), List.of(), "skipped",
                        "confirmed by " + (confirmedBy == null ? actor.id() : confirmedBy)
                                + (evidence == null ? "" : ": " + evidence), ctx.now()))
                : check(b, challenge);
        boolean verified = made.stream().anyMatch(c -> c.outcome().equals("matched") || c.kind().equals("manual"));
        DomainBinding after = record(actor, "domainBindings.confirmOwnership", b.id(), attempt, made, verified,
                verified ? "verified" : "failed");
        if (!verified) {
            throw notVerified(after, made);
        }
        return new VerificationOutput(b.id(), attempt.id());
    }

    VerificationOutput retry(RetryDomainVerificationInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("domainBindingId", in.domainBindingId(), 200);
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        String[] attemptId = new String[1];
        DomainBinding changed = ctx.command(actor, "domainBindings.retryVerification", uow -> {
            Versioned<DomainBinding> current = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(), id);
            DomainBinding b = current.value();
            if (key != null) {
                for (DomainBinding.Attempt a : b.attempts()) {
                    if (key.equals(a.idempotencyKey())) {
                        attemptId[0] = a.id();
                        return null;
                    }
                }
            }
            if (!Set.of(DomainBinding.PENDING_VERIFICATION, DomainBinding.NOT_READY).contains(b.status())) {
                throw stateInvalid(b, "verified again");
            }
            DomainBinding.Attempt attempt = new DomainBinding.Attempt(Ids.next("dva"), "retry_scheduled", "dns", null,
                    uow.now(), null, List.of(), null, null, key);
            DomainBinding next = b.withStatus(DomainBinding.PENDING_VERIFICATION)
                    .withAttempt(attempt, DomainBindingViews.expected(b, uow.now()));
            DomainBindingRepository.BINDINGS.update(uow.tx(), current, next, uow.now());
            uow.tx().enqueue(WorkRequest.of(KIND, Json.write(new Scheduled(b.organizationId(), b.id(), attempt.id())))
                    .withOrganizationId(b.organizationId()).withIdempotencyKey(KIND + ":" + attempt.id())
                    .withReference("domainBindingId", b.id()).withMaxAttempts(settings.retry().maxAttempts()));
            uow.event("domain-binding-verification-retried", b.id(), Map.of("verificationAttemptId", attempt.id(),
                    "previousStatus", b.status(), "maxChecks", settings.retry().maxAttempts()));
            attemptId[0] = attempt.id();
            return next;
        });
        if (changed != null) {
            routes.remove(changed); // pending verification again: no route until it is proven
            settings.wake().run();
        }
        return new VerificationOutput(id, attemptId[0]);
    }

    /** One scheduled check of a retried attempt; a failure the queue retries with backoff. */
    void scheduled(WorkItem item) throws WorkFailure {
        Scheduled s = Json.read(item.payload(), Scheduled.class);
        DomainBinding b = ctx.read(r -> DomainBindingRepository.BINDINGS.findIn(r, s.organizationId(), s.bindingId()))
                .map(Versioned::value).orElse(null);
        DomainBinding.Attempt attempt = b == null ? null : b.latestAttempt();
        if (b == null || !DomainBinding.PENDING_VERIFICATION.equals(b.status()) || !attempt.id().equals(s.attemptId())
                || !attempt.status().equals("retry_scheduled")) {
            return; // deleted, confirmed meanwhile, or superseded by a newer attempt
        }
        List<DomainBinding.Check> made = check(b, null);
        boolean verified = made.stream().anyMatch(c -> c.outcome().equals("matched"));
        boolean last = item.attempts() >= item.maxAttempts();
        Actor system = new Actor(Actor.Kind.SYSTEM, "domain-verification", s.organizationId(), Actor.Role.OWNER);
        record(system, DOMAIN_BINDINGS_RETRY_VERIFICATION.key(), b.id(), attempt, made, verified,
                verified ? "verified" : last ? "failed" : "retry_scheduled");
        if (!verified) {
            throw new WorkFailure("domain-verification", "domain_ownership_not_verified",
                    made.stream().map(DomainBinding.Check::message).reduce((x, y) -> x + "; " + y).orElse("not verified"),
                    !last);
        }
    }

    /** The checks of a DNS confirmation: the TXT record, then the HTTP token, or only the one asked for. */
    private List<DomainBinding.Check> check(DomainBinding b, String challenge) {
        List<DomainBinding.Check> made = new ArrayList<>();
        if (challenge == null || challenge.equals(OwnershipChecks.DNS_TXT)) {
            made.add(checks.txt(b, ctx.now()));
        }
        boolean matched = made.stream().anyMatch(c -> c.outcome().equals("matched"));
        if (!matched && (challenge == null || challenge.equals(OwnershipChecks.HTTP_TOKEN))) {
            made.add(checks.http(b, routes.tokenUrl(b).orElse(null), () -> routes.publishToken(b), ctx.now()));
        }
        return made;
    }

    /**
     * Records the attempt's checks and its new status; when verified, first puts the route on the
     * proxy (as the bound binding means it) so the one event says how it went: {@code ready} when
     * the route serves and no certificate is needed, {@code bound} when the route waits for a
     * running instance or a certificate, {@code not_ready} when the proxy refused it.
     */
    private DomainBinding record(Actor actor, String operation, String bindingId, DomainBinding.Attempt attempt,
                                 List<DomainBinding.Check> made, boolean verified, String attemptStatus) {
        DomainBinding before = ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), bindingId))
                .value();
        DomainRoutes.Outcome routed = verified ? routes.apply(before.withStatus(DomainBinding.BOUND)) : null;
        String status = !verified ? before.status() : routed.applied()
                ? ("disabled".equals(before.certificatePolicy()) ? DomainBinding.READY : DomainBinding.BOUND)
                : "proxy_route_missing".equals(routed.blockingReason()) && routes.proxy(before).isPresent()
                        ? DomainBinding.NOT_READY : DomainBinding.BOUND;
        try {
            return ctx.command(actor, operation, uow -> {
                Versioned<DomainBinding> current = DomainBindingRepository.BINDINGS.require(uow.tx(),
                        actor.organizationId(), bindingId);
                DomainBinding.Attempt updated = attempt;
                for (DomainBinding.Check c : made) {
                    updated = updated.with(attemptStatus, c, uow.now());
                }
                DomainBinding next = current.value().withAttempt(updated, DomainBindingViews.observation(made, verified))
                        .withStatus(status).withRouteFailure(DomainBinding.NOT_READY.equals(status) ? routed.message() : null);
                DomainBindingRepository.BINDINGS.update(uow.tx(), current, next, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("verificationAttemptId", attempt.id());
                payload.put("method", attempt.method());
                payload.put("checks", made.stream().map(c -> Map.of("kind", c.kind(), "target", c.target(),
                        "outcome", c.outcome(), "observed", c.observed())).toList());
                payload.put("status", next.status());
                if (routed != null) {
                    payload.put("routeApplied", routed.applied());
                }
                uow.event(verified ? "domain-bound" : attemptStatus.equals("failed")
                        ? "domain-binding-verification-failed" : "domain-binding-verification-checked", bindingId, payload);
                return next;
            });
        } catch (RuntimeException e) {
            if (verified) {
                routes.remove(before); // the binding was not recorded bound: it routes nothing
            }
            throw e;
        }
    }

    private DomainBinding.Attempt attemptFor(DomainBinding b, String attemptId, String mode, String challenge,
                                             String confirmedBy, String evidence, String key) {
        DomainBinding.Attempt latest = b.latestAttempt();
        if (attemptId != null) {
            DomainBinding.Attempt named = b.attempts().stream().filter(a -> a.id().equals(attemptId)).findFirst()
                    .orElseThrow(() -> AppaloftException.notFound("verification attempt", attemptId));
            if (!Set.of("pending", "retry_scheduled").contains(named.status())) {
                throw new AppaloftException(ErrorCode.DOMAIN_BINDING_STATE_INVALID, "verification attempt " + attemptId
                        + " is " + named.status() + ": confirm without verificationAttemptId to start a new one");
            }
            return withMode(named, mode, challenge, confirmedBy, evidence);
        }
        if (latest != null && Set.of("pending", "retry_scheduled").contains(latest.status())) {
            return withMode(latest, mode, challenge, confirmedBy, evidence);
        }
        return new DomainBinding.Attempt(Ids.next("dva"), "pending", mode, challenge, ctx.now(), null, List.of(),
                confirmedBy, evidence, key);
    }

    private static DomainBinding.Attempt withMode(DomainBinding.Attempt a, String mode, String challenge,
                                                  String confirmedBy, String evidence) {
        return new DomainBinding.Attempt(a.id(), a.status(), mode, challenge, a.requestedAt(), a.finishedAt(), a.checks(),
                confirmedBy, evidence, a.idempotencyKey());
    }

    private static AppaloftException stateInvalid(DomainBinding b, String what) {
        return new AppaloftException(ErrorCode.DOMAIN_BINDING_STATE_INVALID, "binding " + b.id() + " is " + b.status()
                + " and cannot be " + what, List.of(), Map.of("status", b.status()), null);
    }

    private static AppaloftException notVerified(DomainBinding b, List<DomainBinding.Check> made) {
        String summary = made.stream().map(DomainBinding.Check::message).reduce((x, y) -> x + "; " + y).orElse("");
        return new AppaloftException(ErrorCode.DOMAIN_OWNERSHIP_NOT_VERIFIED, "the ownership of " + b.domainName()
                + " is not proven: " + summary + ". Publish TXT " + b.txtName() + " = " + OwnershipChecks.txtValue(b)
                + ", or point the domain at the server", List.of(),
                Map.of("verificationAttemptId", b.latestAttempt().id(), "checks", made.stream().map(c -> Map.of(
                        "kind", c.kind(), "target", c.target(), "expected", c.expected(), "observed", c.observed(),
                        "outcome", c.outcome())).toList()), null);
    }
}

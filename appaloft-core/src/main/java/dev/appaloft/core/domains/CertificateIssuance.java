package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_ISSUE_OR_RENEW;
import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_RETRY;

import dev.appaloft.api.Actor;
import dev.appaloft.api.certificates.CertificateAttemptOutput;
import dev.appaloft.api.certificates.IssueOrRenewCertificateInput;
import dev.appaloft.api.certificates.RetryCertificateInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.work.WorkKind;
import dev.appaloft.core.work.WorkKinds;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code certificates.issueOrRenew} and {@code certificates.retry}: each records a new attempt
 * ({@code requested}) and queues it; {@link CertificateIssuer} runs it on the work queue. A new
 * certificate is {@code pending} until issued; a renewal keeps its certificate {@code active}
 * (shown as {@code renewing} meanwhile), so the old chain serves until the new one replaces it.
 * A failed attempt that may succeed later is {@code retry_scheduled}: {@code certificates.retry}
 * queues a new one, and so does the renewal sweep once its {@code retryAfter} has passed.
 */
public final class CertificateIssuance {

    static final String KIND = "certificate-issuance";
    static final String PENDING = "pending";
    static final String ISSUING = "issuing";
    static final String RENEWING = "renewing";
    static final String FAILED = "failed";
    /** Binding states an issuance is admitted from (the note's rule). */
    private static final Set<String> ISSUABLE = Set.of(DomainBinding.BOUND, DomainBinding.CERTIFICATE_PENDING,
            DomainBinding.READY);
    /** A sweep stops re-queuing a certificate after this many failed attempts in a row. */
    static final int SWEEP_FAILURES = 5;

    /**
     * How managed certificates are issued: the authority (null: none, issuance answers
     * {@code certificate_provider_unavailable}), its account key, when a renewal is due, how long
     * a failed attempt waits before the sweep queues the next.
     */
    public record Settings(CertificateAuthority authority, AcmeSettings acme, Duration retryDelay, Runnable wake) {

        public Settings {
            retryDelay = retryDelay == null ? Duration.ofMinutes(5) : retryDelay;
            wake = wake == null ? () -> { } : wake;
        }

        Duration renewBefore() {
            return acme == null ? AcmeSettings.DEFAULT_RENEW_BEFORE : acme.renewBefore();
        }
    }

    /** The payload of one queued attempt. */
    record Scheduled(String organizationId, String certificateId, String attemptId) {
    }

    /** What the engine runs: the renewal sweep (housekeeping) and the reinstall at start. */
    public record Hooks(Runnable sweep, Runnable installAll) {
    }

    private final CoreContext ctx;
    private final Settings settings;

    private CertificateIssuance(CoreContext ctx, Settings settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    public static Hooks register(HandlerRegistry registry, CoreContext ctx,
                                 dev.appaloft.core.deployments.DeploymentRuntimes runtimes, Settings settings,
                                 WorkKinds kinds) {
        CertificateIssuance h = new CertificateIssuance(ctx, settings);
        DomainRoutes routes = new DomainRoutes(ctx, runtimes);
        CertificateIssuer issuer = new CertificateIssuer(ctx, routes, settings);
        registry.register(CERTIFICATES_ISSUE_OR_RENEW, h::issueOrRenew);
        registry.register(CERTIFICATES_RETRY, h::retry);
        // one try per attempt: a failure is recorded on the attempt and retried by a new one
        kinds.register(new WorkKind(KIND, OperatorWorkKind.CERTIFICATE, CERTIFICATES_ISSUE_OR_RENEW.key(),
                new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), issuer::run));
        kinds.describe(KIND, (reader, item) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            try {
                Scheduled s = Json.read(item.payload(), Scheduled.class);
                details.put("certificateId", s.certificateId());
                details.put("attemptId", s.attemptId());
            } catch (RuntimeException e) {
                // an unreadable payload tells nothing more
            }
            return details;
        });
        return new Hooks(h::sweep, issuer::installAll);
    }

    CertificateAttemptOutput issueOrRenew(IssueOrRenewCertificateInput in, Actor actor) {
        Validation v = new Validation();
        String bindingId = v.text("domainBindingId", in.domainBindingId(), 200);
        String certificateId = v.optionalText("certificateId", in.certificateId(), 200);
        String reason = in.reason() == null ? "issue" : in.reason();
        v.check(Set.of("issue", "renew", "replace").contains(reason), "reason", "reason must be issue, renew or replace");
        String provider = v.optionalText("providerKey", in.providerKey(), 100);
        String expectedProvider = settings.authority() == null ? "acme" : settings.authority().providerKey();
        v.check(provider == null || provider.equals(expectedProvider), "providerKey",
                "this control plane issues through providerKey " + expectedProvider);
        String challenge = v.optionalText("challengeType", in.challengeType(), 50);
        boolean dns01 = settings.authority() != null && settings.authority().supportsDns01();
        v.check(challenge == null || challenge.equals("http-01") || (challenge.equals(CertificateIssuer.DNS_01) && dns01),
                "challengeType", challenge != null && challenge.equals(CertificateIssuer.DNS_01)
                        ? "dns-01 needs a DNS update server for the zone (serve --acme-dns-server, --acme-dns-zone, ...)"
                        : "challengeType must be http-01 or dns-01");
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.optionalText("causationId", in.causationId(), 200);
        if (bindingId != null) {
            ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), bindingId)); // 404 first
        }
        if (certificateId != null) {
            ctx.read(r -> CertificateRepository.CERTIFICATES.require(r, actor.organizationId(), certificateId));
        }
        v.throwIfInvalid();
        if (settings.authority() == null) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_PROVIDER_UNAVAILABLE, "no certificate authority is "
                    + "configured: start the server with --acme-directory URL (or AppaloftEngineBuilder.acme(...))");
        }
        CertificateAttemptOutput out = ctx.command(actor, CERTIFICATES_ISSUE_OR_RENEW.key(), uow -> {
            if (key != null) {
                Optional<CertificateAttemptOutput> same = repeated(uow.tx(), actor.organizationId(), bindingId, key);
                if (same.isPresent()) {
                    return same.get();
                }
            }
            DomainBinding binding = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(),
                    bindingId).value();
            admit(binding);
            Versioned<Certificate> target = certificateId != null
                    ? CertificateRepository.CERTIFICATES.require(uow.tx(), actor.organizationId(), certificateId)
                    : attached(uow.tx(), binding).orElse(null);
            if (target != null && !target.value().domainBindingId().equals(bindingId)) {
                throw AppaloftException.validation("certificateId", "certificate " + certificateId
                        + " is not a certificate of binding " + bindingId);
            }
            String type = challenge == null ? (target == null ? "http-01" : target.value().challengeType()) : challenge;
            return target == null ? requestNew(uow, binding, key, type) : requestOn(uow, target, reason, key, type);
        });
        settings.wake().run();
        return out;
    }

    CertificateAttemptOutput retry(RetryCertificateInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("certificateId", in.certificateId(), 200);
        String key = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.optionalText("causationId", in.causationId(), 200);
        if (id != null) {
            ctx.read(r -> CertificateRepository.CERTIFICATES.require(r, actor.organizationId(), id)); // 404 first
        }
        v.throwIfInvalid();
        if (settings.authority() == null) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_PROVIDER_UNAVAILABLE, "no certificate authority is "
                    + "configured: start the server with --acme-directory URL (or AppaloftEngineBuilder.acme(...))");
        }
        CertificateAttemptOutput out = ctx.command(actor, CERTIFICATES_RETRY.key(), uow -> {
            Versioned<Certificate> current = CertificateRepository.CERTIFICATES.require(uow.tx(),
                    actor.organizationId(), id);
            Certificate c = current.value();
            if (key != null) {
                for (Certificate.Attempt a : c.attempts()) {
                    if (key.equals(a.idempotencyKey())) {
                        return new CertificateAttemptOutput(c.id(), a.id());
                    }
                }
            }
            Certificate.Attempt latest = c.latestAttempt();
            if (!"managed".equals(c.source()) || latest == null || !"retry_scheduled".equals(latest.status())) {
                throw new AppaloftException(ErrorCode.CERTIFICATE_RETRY_NOT_ALLOWED, "certificate " + c.id() + " is "
                        + c.status() + (latest == null ? "" : " with its latest attempt " + latest.status())
                        + ": only a managed certificate whose latest attempt failed retriably is retried",
                        List.of(), Map.of("status", c.status()), null);
            }
            DomainBinding binding = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(),
                    c.domainBindingId()).value();
            admit(binding);
            return queue(uow, current, latest.reason(), key, "certificate-retry-requested", latest.id());
        });
        settings.wake().run();
        return out;
    }

    /**
     * The housekeeping sweep: queues the renewal of every managed certificate due (expiring within
     * the renew window) and the next attempt of one whose failed attempt's {@code retryAfter} has
     * passed (up to {@value #SWEEP_FAILURES} failures in a row). Each is its own system command.
     */
    void sweep() {
        java.time.Instant now = ctx.now();
        List<Certificate> candidates = ctx.read(r -> CertificateRepository.CERTIFICATES.values(r,
                dev.appaloft.api.store.DocumentQuery.all().statusIn(Set.of(Certificate.ACTIVE, FAILED))));
        boolean queued = false;
        for (Certificate c : candidates) {
            Certificate.Attempt latest = c.latestAttempt();
            if (!"managed".equals(c.source()) || latest == null) {
                continue;
            }
            boolean renewalDue = Certificate.ACTIVE.equals(c.status()) && "issued".equals(latest.status())
                    && c.expiresAt() != null && !c.expiresAt().minus(settings.renewBefore()).isAfter(now);
            boolean retryDue = "retry_scheduled".equals(latest.status()) && latest.retryAfter() != null
                    && !latest.retryAfter().isAfter(now) && trailingFailures(c) < SWEEP_FAILURES;
            if (!renewalDue && !retryDue) {
                continue;
            }
            Actor system = new Actor(Actor.Kind.SYSTEM, "certificate-renewal", c.organizationId(), Actor.Role.OWNER);
            try {
                ctx.command(system, CERTIFICATES_ISSUE_OR_RENEW.key(), uow -> {
                    Versioned<Certificate> current = CertificateRepository.CERTIFICATES.require(uow.tx(),
                            c.organizationId(), c.id());
                    if (!current.value().attempts().equals(c.attempts())) {
                        return null; // changed meanwhile: that change decides
                    }
                    DomainBinding binding = DomainBindingRepository.BINDINGS.require(uow.tx(), c.organizationId(),
                            c.domainBindingId()).value();
                    admit(binding);
                    return queue(uow, current, renewalDue ? "renew" : latest.reason(), null,
                            renewalDue ? "certificate-renewal-requested" : "certificate-retry-requested",
                            renewalDue ? null : latest.id());
                });
                queued = true;
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CertificateIssuance.class).warn(
                        "could not queue the renewal of certificate {}: {}", c.id(), e.getMessage());
            }
        }
        if (queued) {
            settings.wake().run();
        }
    }

    private static int trailingFailures(Certificate c) {
        int n = 0;
        for (int i = c.attempts().size() - 1; i >= 0; i--) {
            String status = c.attempts().get(i).status();
            if (!"retry_scheduled".equals(status) && !FAILED.equals(status)) {
                break;
            }
            n++;
        }
        return n;
    }

    private CertificateAttemptOutput requestNew(UnitOfWork uow, DomainBinding binding, String key, String challenge) {
        String id = Ids.next("crt");
        Certificate.Attempt attempt = new Certificate.Attempt(Ids.next("cat"), "requested", "issue",
                settings.authority().providerKey(), challenge, uow.now(), null, null, null, null, null, null, null,
                null, key);
        Certificate certificate = new Certificate(id, binding.organizationId(), binding.id(), binding.domainName(),
                PENDING, "managed", settings.authority().providerKey(), challenge, null, null, null, null, null, null,
                List.of(), List.of(attempt), key, null, uow.now(), null);
        CertificateRepository.CERTIFICATES.insert(uow.tx(), certificate, uow.now());
        if (DomainBinding.BOUND.equals(binding.status())) {
            Versioned<DomainBinding> b = DomainBindingRepository.BINDINGS.require(uow.tx(), binding.organizationId(),
                    binding.id());
            DomainBindingRepository.BINDINGS.update(uow.tx(), b, b.value().withStatus(DomainBinding.CERTIFICATE_PENDING),
                    uow.now());
        }
        enqueue(uow, certificate, attempt);
        uow.event("certificate-requested", id, payload(certificate, attempt, null));
        return new CertificateAttemptOutput(id, attempt.id());
    }

    /** A new attempt on an existing certificate: a renewal of an active one, or again after a failure. */
    private CertificateAttemptOutput requestOn(UnitOfWork uow, Versioned<Certificate> target, String reason,
                                               String key, String challenge) {
        Certificate c = target.value();
        Certificate.Attempt latest = c.latestAttempt();
        if (Set.of(PENDING, ISSUING, RENEWING).contains(c.status()) || latest != null
                && Set.of("requested", ISSUING).contains(latest.status())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_ATTEMPT_CONFLICT, "certificate " + c.id() + " has an "
                    + "attempt under way already (" + (latest == null ? c.status() : latest.id()) + ")", List.of(),
                    Map.of("status", c.status(), "attemptId", latest == null ? "" : latest.id()), null);
        }
        if (!"managed".equals(c.source())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "certificate " + c.id() + " was imported:"
                    + " revoke it first to have the binding's certificate issued", List.of(Issue.custom(
                    "domainBindingId", "the binding's certificate is an imported one")), Map.of("status", c.status()),
                    null);
        }
        if (!Set.of(Certificate.ACTIVE, FAILED).contains(c.status())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "certificate " + c.id() + " is " + c.status()
                    + ": issue without certificateId for a new certificate", List.of(Issue.custom("certificateId",
                    "the certificate is " + c.status())), Map.of("status", c.status()), null);
        }
        String attemptReason = Certificate.ACTIVE.equals(c.status()) && "issue".equals(reason) ? "renew" : reason;
        if (!challenge.equals(c.challengeType())) {
            target = new Versioned<>(c.withChallengeType(challenge), target.version());
        }
        return queue(uow, target, attemptReason, key, "certificate-requested", null);
    }

    /** Records a {@code requested} attempt on {@code target} and queues it. */
    private CertificateAttemptOutput queue(UnitOfWork uow, Versioned<Certificate> target, String reason, String key,
                                           String event, String retryOf) {
        Certificate c = target.value();
        Certificate.Attempt attempt = new Certificate.Attempt(Ids.next("cat"), "requested", reason, c.providerKey(),
                c.challengeType(), uow.now(), null, null, null, null, null, null, null, null, key);
        Certificate next = c.withStatus(Certificate.ACTIVE.equals(c.status()) ? RENEWING : PENDING, null, uow.now())
                .withAttempt(attempt);
        CertificateRepository.CERTIFICATES.update(uow.tx(), target, next, uow.now());
        enqueue(uow, next, attempt);
        uow.event(event, c.id(), payload(next, attempt, retryOf));
        return new CertificateAttemptOutput(c.id(), attempt.id());
    }

    private void enqueue(UnitOfWork uow, Certificate c, Certificate.Attempt attempt) {
        uow.tx().enqueue(WorkRequest.of(KIND, Json.write(new Scheduled(c.organizationId(), c.id(), attempt.id())))
                .withOrganizationId(c.organizationId()).withIdempotencyKey(KIND + ":" + attempt.id())
                .withReference("certificateId", c.id()).withReference("domainBindingId", c.domainBindingId())
                .withMaxAttempts(1));
    }

    private static Map<String, Object> payload(Certificate c, Certificate.Attempt attempt, String retryOf) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("domainBindingId", c.domainBindingId());
        payload.put("domainName", c.domainName());
        payload.put("attemptId", attempt.id());
        payload.put("reason", attempt.reason());
        payload.put("providerKey", attempt.providerKey());
        payload.put("challengeType", attempt.challengeType());
        if (retryOf != null) {
            payload.put("retryOfAttemptId", retryOf);
        }
        return payload;
    }

    private static Optional<Versioned<Certificate>> attached(StoreReader reader, DomainBinding binding) {
        return CertificateRepository.CERTIFICATES.findByKey(reader,
                CertificateRepository.attachedKey(binding.organizationId(), binding.id()))
                .or(() -> CertificateRepository.CERTIFICATES.query(reader,
                        CertificateRepository.where(binding.organizationId(), binding.id())).stream()
                        .filter(c -> FAILED.equals(c.value().status()) && "managed".equals(c.value().source()))
                        .reduce((first, second) -> second));
    }

    private static Optional<CertificateAttemptOutput> repeated(StoreReader reader, String organizationId,
                                                               String bindingId, String key) {
        for (Certificate c : CertificateRepository.ofBinding(reader, organizationId, bindingId)) {
            for (Certificate.Attempt a : c.attempts()) {
                if (key.equals(a.idempotencyKey())) {
                    return Optional.of(new CertificateAttemptOutput(c.id(), a.id()));
                }
            }
        }
        return Optional.empty();
    }

    /** A binding takes a managed certificate once bound, and only when it serves TLS. */
    static void admit(DomainBinding binding) {
        if ("disabled".equals(binding.tlsMode()) || "disabled".equals(binding.certificatePolicy())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "binding " + binding.id()
                    + " has tlsMode " + binding.tlsMode() + " and certificatePolicy " + binding.certificatePolicy()
                    + ": it takes no certificate", List.of(Issue.custom("domainBindingId",
                    "the binding takes no certificate (TLS disabled)")), Map.of("status", binding.status()), null);
        }
        if (!ISSUABLE.contains(binding.status())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "binding " + binding.id() + " is "
                    + binding.status() + ": a certificate is issued once its ownership is confirmed and its route"
                    + " serves", List.of(Issue.custom("domainBindingId", "the binding is " + binding.status()
                    + ", not bound, certificate_pending or ready")), Map.of("status", binding.status()), null);
        }
    }
}

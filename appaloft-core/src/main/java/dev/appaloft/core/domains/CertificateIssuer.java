package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_ISSUE_OR_RENEW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyCertificate;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.work.WorkFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one queued certificate attempt: marks it {@code issuing}, has the authority order the
 * certificate while the binding's edge proxy answers the HTTP-01 token on the domain's own route
 * ({@code /.well-known/acme-challenge/<token>}, where the CA connects: the domain's port 80 is
 * the proxy), checks the chain it returns, installs it on the proxy (a renewal replaces the
 * served chain in place), then records it {@code active} with the key sealed. A failure is
 * recorded on the attempt (phase, code, message, retriable) and the certificate goes back to
 * what it was: a renewal's old chain keeps serving.
 */
final class CertificateIssuer {

    static final String DNS_01 = "dns-01";

    private static final Logger LOG = LoggerFactory.getLogger(CertificateIssuer.class);
    static final String CHALLENGE_PATH = "/.well-known/acme-challenge/";

    private final CoreContext ctx;
    private final DomainRoutes routes;
    private final CertificateIssuance.Settings settings;
    private final AcmeAccounts accounts;

    CertificateIssuer(CoreContext ctx, DomainRoutes routes, CertificateIssuance.Settings settings) {
        this.ctx = ctx;
        this.routes = routes;
        this.settings = settings;
        this.accounts = new AcmeAccounts(ctx, settings.acme() == null
                ? AcmeSettings.of("fake:" + (settings.authority() == null ? "none" : settings.authority().providerKey()))
                : settings.acme());
    }

    static String challengeRouteId(String bindingId) {
        return "acme-" + bindingId;
    }

    void run(WorkItem item) throws WorkFailure {
        CertificateIssuance.Scheduled s = Json.read(item.payload(), CertificateIssuance.Scheduled.class);
        Actor system = new Actor(Actor.Kind.SYSTEM, "certificate-issuance", s.organizationId(), Actor.Role.OWNER);
        Certificate claimed = ctx.command(system, CERTIFICATES_ISSUE_OR_RENEW.key(), uow -> {
            Optional<Versioned<Certificate>> found = CertificateRepository.CERTIFICATES.findIn(uow.tx(),
                    s.organizationId(), s.certificateId());
            Certificate.Attempt latest = found.map(v -> v.value().latestAttempt()).orElse(null);
            if (latest == null || !latest.id().equals(s.attemptId())
                    || !Set.of("requested", CertificateIssuance.ISSUING).contains(latest.status())) {
                return null; // deleted, or superseded: nothing to run
            }
            Certificate c = found.get().value();
            Certificate next = c.withStatus(CertificateIssuance.PENDING.equals(c.status()) ? CertificateIssuance.ISSUING
                    : c.status(), null, uow.now()).withAttempt(latest.with(CertificateIssuance.ISSUING, uow.now(), null,
                    null, null, null, null, null));
            CertificateRepository.CERTIFICATES.update(uow.tx(), found.get(), next, uow.now());
            uow.event("certificate-issuance-started", c.id(), Map.of("attemptId", latest.id(), "reason",
                    latest.reason()));
            return next;
        });
        if (claimed == null) {
            return;
        }
        try {
            issue(claimed);
        } catch (CertificateAuthority.Failure failure) {
            recordFailure(system, claimed, failure);
            throw new WorkFailure(failure.phase(), failure.code(), failure.getMessage(), false);
        }
    }

    private void issue(Certificate c) throws CertificateAuthority.Failure {
        DomainBinding binding = ctx.read(r -> DomainBindingRepository.BINDINGS.findIn(r, c.organizationId(),
                c.domainBindingId())).map(Versioned::value).orElse(null);
        if (binding == null || !binding.routed()) {
            throw new CertificateAuthority.Failure("order", "domain_binding_not_ready", "binding " + c.domainBindingId()
                    + " is " + (binding == null ? "deleted" : binding.status()) + ": its domain is not routed", false);
        }
        EdgeProxy proxy = routes.proxy(binding).orElseThrow(() -> new CertificateAuthority.Failure("challenge",
                "edge_proxy_unavailable", "no edge proxy runs on server " + binding.serverId()
                + " to answer the http-01 challenge", true));
        CertificateAuthority.Issued issued;
        try {
            issued = DNS_01.equals(c.challengeType()) ? settings.authority().issueDns01(c.domainName(), accounts.key())
                    : settings.authority().issue(c.domainName(), accounts.key(), new Challenges(proxy, binding));
        } catch (RuntimeException e) {
            LOG.warn("certificate authority failed for {}: {}", c.domainName(), e.toString());
            throw new CertificateAuthority.Failure("order", "certificate_authority_error", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
        }
        CertificatePem.Checked checked;
        try {
            checked = CertificatePem.check(issued.chainPem(), issued.privateKeyPem(), null, c.domainName(), ctx.now());
        } catch (AppaloftException e) {
            throw new CertificateAuthority.Failure("finalize", "certificate_chain_invalid",
                    "the CA's chain does not fit: " + e.getMessage(), false);
        }
        String keyPem = CertificatePem.pem("PRIVATE KEY", checked.key().getEncoded());
        try {
            proxy.installCertificate(new ProxyCertificate(c.id(), List.of(c.domainName()), checked.chainPem(), keyPem));
        } catch (RuntimeException e) {
            throw new CertificateAuthority.Failure("install", "edge_proxy_certificate_failed",
                    "the edge proxy refused the certificate: " + e.getMessage(), true);
        }
        String sealed = ctx.secrets().seal(keyPem);
        Actor system = new Actor(Actor.Kind.SYSTEM, "certificate-issuance", c.organizationId(), Actor.Role.OWNER);
        ctx.command(system, CERTIFICATES_ISSUE_OR_RENEW.key(), uow -> {
            Versioned<Certificate> current = CertificateRepository.CERTIFICATES.require(uow.tx(), c.organizationId(),
                    c.id());
            Certificate.Attempt attempt = current.value().latestAttempt().with("issued", uow.now(), checked.notAfter(),
                    null, null, null, null, null);
            CertificateRepository.CERTIFICATES.update(uow.tx(), current,
                    current.value().issued(checked, uow.now()).withAttempt(attempt), uow.now());
            CertificateSecret secret = new CertificateSecret(c.id(), c.organizationId(), checked.chainPem(), sealed,
                    uow.now());
            Optional<Versioned<CertificateSecret>> old = CertificateRepository.SECRETS.find(uow.tx(), c.id());
            if (old.isPresent()) {
                CertificateRepository.SECRETS.update(uow.tx(), old.get(), secret, uow.now());
            } else {
                CertificateRepository.SECRETS.insert(uow.tx(), secret, uow.now());
            }
            DomainBindingRepository.BINDINGS.findIn(uow.tx(), c.organizationId(), c.domainBindingId())
                    .filter(b -> Set.of(DomainBinding.BOUND, DomainBinding.CERTIFICATE_PENDING)
                            .contains(b.value().status()))
                    .ifPresent(b -> DomainBindingRepository.BINDINGS.update(uow.tx(), b,
                            b.value().withStatus(DomainBinding.READY).withRouteFailure(null), uow.now()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("domainBindingId", c.domainBindingId());
            payload.put("attemptId", attempt.id());
            payload.put("reason", attempt.reason());
            payload.put("fingerprint", checked.fingerprint());
            payload.put("expiresAt", checked.notAfter().toString());
            uow.event("certificate-issued", c.id(), payload);
            return null;
        });
    }

    private void recordFailure(Actor system, Certificate c, CertificateAuthority.Failure failure) {
        LOG.info("certificate attempt for {} failed ({} {}): {}", c.domainName(), failure.phase(), failure.code(),
                failure.getMessage());
        ctx.command(system, CERTIFICATES_ISSUE_OR_RENEW.key(), uow -> {
            Optional<Versioned<Certificate>> found = CertificateRepository.CERTIFICATES.findIn(uow.tx(),
                    c.organizationId(), c.id());
            if (found.isEmpty()) {
                return null;
            }
            Certificate current = found.get().value();
            java.time.Instant after = failure.retriable() ? uow.now().plus(settings.retryDelay()) : null;
            Certificate.Attempt attempt = current.latestAttempt().with(failure.retriable() ? "retry_scheduled"
                    : CertificateIssuance.FAILED, uow.now(), null, failure.code(), failure.phase(), failure.getMessage(),
                    failure.retriable(), after);
            // a renewal that failed leaves the certificate it renews active and serving
            String status = current.fingerprint() != null ? Certificate.ACTIVE : CertificateIssuance.FAILED;
            CertificateRepository.CERTIFICATES.update(uow.tx(), found.get(),
                    current.withStatus(status, null, uow.now()).withAttempt(attempt), uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("domainBindingId", c.domainBindingId());
            payload.put("attemptId", attempt.id());
            payload.put("errorCode", failure.code());
            payload.put("failurePhase", failure.phase());
            payload.put("retriable", failure.retriable());
            payload.put("status", status);
            uow.event("certificate-issuance-failed", c.id(), payload);
            return null;
        });
    }

    /** At start: every active certificate goes (back) on its binding's proxy; a local proxy starts empty. */
    void installAll() {
        List<Certificate> active = ctx.read(r -> CertificateRepository.CERTIFICATES.values(r,
                DocumentQuery.all().statusIn(Set.of(Certificate.ACTIVE, CertificateIssuance.RENEWING))));
        for (Certificate c : active) {
            install(ctx, routes, c);
        }
    }

    /** Puts one certificate on its binding's proxy (best effort: logged when it cannot). */
    static void install(CoreContext ctx, DomainRoutes routes, Certificate c) {
        try {
            Optional<DomainBinding> binding = ctx.read(r -> DomainBindingRepository.BINDINGS.findIn(r,
                    c.organizationId(), c.domainBindingId())).map(Versioned::value);
            Optional<CertificateSecret> secret = ctx.read(r -> CertificateRepository.SECRETS.find(r, c.id()))
                    .map(Versioned::value);
            Optional<EdgeProxy> proxy = binding.flatMap(routes::proxy);
            if (secret.isEmpty() || proxy.isEmpty()) {
                return;
            }
            proxy.get().installCertificate(new ProxyCertificate(c.id(), List.of(c.domainName()),
                    secret.get().chainPem(), secret.get().openPrivateKey(ctx.secrets())));
        } catch (RuntimeException e) {
            LOG.warn("could not install certificate {} of {}: {}", c.id(), c.domainName(), e.toString());
        }
    }

    /** Stops serving a certificate on its binding's proxy (revoked, replaced); best effort. */
    static void uninstall(DomainRoutes routes, DomainBinding binding, String certificateId) {
        try {
            routes.proxy(binding).ifPresent(p -> p.removeCertificate(certificateId));
        } catch (RuntimeException e) {
            LOG.warn("could not remove certificate {} from the proxy: {}", certificateId, e.toString());
        }
    }

    /** HTTP-01 through the binding's proxy: the token's route on the domain's host, removed afterwards. */
    private record Challenges(EdgeProxy proxy, DomainBinding binding) implements CertificateAuthority.Http01Challenges {

        @Override
        public void publish(String token, String content) throws CertificateAuthority.Failure {
            try {
                proxy.route(ProxyRoute.respond(challengeRouteId(binding.id()), binding.domainName(),
                        CHALLENGE_PATH + token, content));
            } catch (RuntimeException e) {
                throw new CertificateAuthority.Failure("challenge", "edge_proxy_route_failed",
                        "the edge proxy refused the http-01 token route: " + e.getMessage(), true);
            }
        }

        @Override
        public void withdraw(String token) {
            try {
                proxy.remove(challengeRouteId(binding.id()));
            } catch (RuntimeException e) {
                LOG.warn("could not remove the http-01 token route of {}: {}", binding.domainName(), e.toString());
            }
        }
    }
}

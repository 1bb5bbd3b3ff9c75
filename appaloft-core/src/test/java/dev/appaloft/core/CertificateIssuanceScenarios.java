package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.certificates.CertificateAttemptOutput;
import dev.appaloft.api.certificates.CertificateView;
import dev.appaloft.api.certificates.IssueOrRenewCertificateInput;
import dev.appaloft.api.certificates.RetryCertificateInput;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.UnitOfWork;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@code certificates.issueOrRenew|retry} through the facade with a fake CA: the attempt is queued
 * and run by a worker; the HTTP-01 token is on the domain's proxy route while the CA looks; the
 * issued chain is checked, sealed, installed on the proxy, the binding becomes ready; a failed
 * attempt records why and a retry issues; a due renewal is queued by the sweep and swaps the chain.
 */
public abstract class CertificateIssuanceScenarios extends DeploymentFixture {

    protected final dev.appaloft.core.deployments.FakeEdgeProxy proxy = new dev.appaloft.core.deployments.FakeEdgeProxy();
    protected final FakeCertificateAuthority ca = new FakeCertificateAuthority(this::tokenServed);

    @org.junit.jupiter.api.BeforeEach
    @Override
    protected void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder().store(store)
                .secretBox(dev.appaloft.core.secrets.AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).edgeProxy("local-shell", proxy).dnsResolver(new FakeDns())
                .certificateAuthority(ca).certificateRenewals(Duration.ofMillis(200), Duration.ofHours(1))
                .workers(2, Duration.ofSeconds(30), Duration.ofMillis(50)).build();
        project = appaloft.projects().create(dev.appaloft.api.projects.CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new dev.appaloft.api.environments.CreateEnvironmentInput(project,
                "production", dev.appaloft.api.environments.EnvironmentKind.PRODUCTION, null)).id();
        resource = appaloft.resources().create(new dev.appaloft.api.resources.CreateResourceInput(project, env, null,
                "web", null, null, null, dev.appaloft.api.resources.SourceBinding.of(
                        dev.appaloft.api.resources.SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null,
                dev.appaloft.api.resources.NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(dev.appaloft.api.servers.CreateServerInput.localShell("this host")).id();
    }

    /** What the CA would fetch: the token route on the domain's host, answering the key authorization. */
    private boolean tokenServed(String token) {
        return proxy.routes.values().stream().anyMatch(r -> r.answered() && r.pathPrefix()
                .equals("/.well-known/acme-challenge/" + token) && (token + ".thumb").equals(r.answer().body()));
    }

    private List<String> audit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }

    private String bound(String domain, String tlsMode) {
        CreateDomainBindingInput in = CreateDomainBindingInput.serve(project, env, resource, server, domain);
        String id = appaloft.domainBindings().create(new CreateDomainBindingInput(in.projectId(), in.environmentId(),
                in.resourceId(), in.serverId(), in.destinationId(), in.domainName(), in.pathPrefix(), in.proxyKind(),
                tlsMode, null, null, null, null)).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "ops", null));
        return id;
    }

    private CertificateView awaitAttempt(String certificateId, String attemptId, Predicate<String> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            CertificateView c = appaloft.certificates().show(certificateId);
            if (c.latestAttempt() != null && (attemptId == null || c.latestAttempt().id().equals(attemptId))
                    && done.test(c.latestAttempt().status())) {
                return c;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("attempt " + attemptId + " did not end: " + appaloft.certificates().show(certificateId));
    }

    @Test
    void anIssuedCertificateIsSealedInstalledOnTheProxyAndTheBindingIsReady() throws Exception {
        String binding = bound("shop.example.com", "auto");
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView issued = awaitAttempt(out.certificateId(), out.attemptId(), "issued"::equals);
        assertThat(issued.status()).isEqualTo("active");
        assertThat(issued.source()).isEqualTo("managed");
        assertThat(issued.providerKey()).isEqualTo("acme");
        assertThat(issued.challengeType()).isEqualTo("http-01");
        assertThat(issued.subjectAlternativeNames()).containsExactly("shop.example.com");
        assertThat(issued.fingerprint()).isNotNull();
        assertThat(issued.latestAttempt().reason()).isEqualTo("issue");
        assertThat(ca.published).hasSize(1);
        assertThat(proxy.routes.values()).as("the token route is withdrawn").noneMatch(r -> r.pathPrefix()
                .startsWith("/.well-known/acme-challenge/"));
        assertThat(proxy.certificates).containsKey(out.certificateId());
        assertThat(proxy.certificates.get(out.certificateId()).hosts()).containsExactly("shop.example.com");
        assertThat(appaloft.domainBindings().show(binding).binding().status()).isEqualTo("ready");
        String stored = store.read(r -> r.find(StoreCollections.CERTIFICATE_SECRETS, out.certificateId())).orElseThrow()
                .body();
        String keyLine = proxy.certificates.get(out.certificateId()).privateKeyPem().lines().skip(1).findFirst()
                .orElseThrow();
        assertThat(stored).as("the key is sealed").doesNotContain(keyLine);
        assertThat(audit()).contains("certificate-requested", "certificate-issuance-started", "certificate-issued");
        assertThat(audit().stream().filter(e -> e.startsWith("certificate-")).toList()).doesNotHaveDuplicates();
        // the same idempotency key answers the same attempt; an account key is kept for the next order
        var keyed = new IssueOrRenewCertificateInput(binding, null, "renew", null, null, "k1", null);
        CertificateAttemptOutput renewal = appaloft.certificates().issueOrRenew(keyed);
        assertThat(appaloft.certificates().issueOrRenew(keyed)).isEqualTo(renewal);
        assertThat(renewal.certificateId()).isEqualTo(out.certificateId());
        awaitAttempt(out.certificateId(), renewal.attemptId(), "issued"::equals);
        assertThat(ca.accounts).hasSize(2);
        assertThat(ca.accounts.get(1).getPublic()).isEqualTo(ca.accounts.get(0).getPublic());
    }

    @Test
    void aFailedAttemptRecordsWhyAndARetryIssues() throws Exception {
        String binding = bound("shop.example.com", "auto");
        ca.failChallenges = true;
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView failed = awaitAttempt(out.certificateId(), out.attemptId(), "retry_scheduled"::equals);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.latestAttempt().errorCode()).isEqualTo("acme_challenge_failed");
        assertThat(failed.latestAttempt().failurePhase()).isEqualTo("challenge");
        assertThat(failed.latestAttempt().failureMessage()).contains("shop.example.com");
        assertThat(failed.latestAttempt().retriable()).isTrue();
        assertThat(failed.latestAttempt().retryAfter()).isNotNull();
        assertThat(proxy.certificates).isEmpty();
        assertThat(audit()).contains("certificate-issuance-failed");

        ca.failChallenges = false;
        CertificateAttemptOutput retried = appaloft.certificates().retry(RetryCertificateInput.of(out.certificateId()));
        assertThat(retried.certificateId()).isEqualTo(out.certificateId());
        assertThat(retried.attemptId()).isNotEqualTo(out.attemptId());
        CertificateView issued = awaitAttempt(out.certificateId(), null, "issued"::equals);
        assertThat(issued.status()).isEqualTo("active");
        assertThat(issued.attempts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(proxy.certificates).containsKey(out.certificateId());
        assertFails(() -> appaloft.certificates().retry(out.certificateId()), ErrorCode.CERTIFICATE_RETRY_NOT_ALLOWED);
    }

    @Test
    void aDueRenewalIsQueuedByTheSweepAndSwapsTheChainWhileTheOldOneServes() throws Exception {
        String binding = bound("shop.example.com", "auto");
        ca.validity = Duration.ofDays(10); // inside the 30-day renewal window at once
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView first = awaitAttempt(out.certificateId(), out.attemptId(), "issued"::equals);
        String firstChain = proxy.certificates.get(out.certificateId()).chainPem();
        ca.validity = Duration.ofDays(90);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        CertificateView renewed = first;
        while (System.nanoTime() < deadline && (renewed.attempts().size() < 2
                || !"issued".equals(renewed.latestAttempt().status()))) {
            assertThat(proxy.certificates).as("a chain serves throughout").containsKey(out.certificateId());
            Thread.sleep(50);
            renewed = appaloft.certificates().show(out.certificateId());
        }
        assertThat(renewed.attempts()).hasSize(2);
        assertThat(renewed.latestAttempt().reason()).isEqualTo("renew");
        assertThat(renewed.status()).isEqualTo("active");
        assertThat(renewed.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(renewed.expiresAt()).isGreaterThan(first.expiresAt());
        assertThat(proxy.certificates.get(out.certificateId()).chainPem()).isNotEqualTo(firstChain);
        assertThat(audit()).contains("certificate-renewal-requested");
        Thread.sleep(500); // no longer due: the sweep leaves it
        assertThat(appaloft.certificates().show(out.certificateId()).attempts()).hasSize(2);
    }

    @Test
    void aFailedRenewalKeepsTheOldCertificateServing() throws Exception {
        String binding = bound("shop.example.com", "auto");
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView first = awaitAttempt(out.certificateId(), out.attemptId(), "issued"::equals);
        ca.failChallenges = true;
        CertificateAttemptOutput renewal = appaloft.certificates().issueOrRenew(
                IssueOrRenewCertificateInput.renew(binding, out.certificateId()));
        CertificateView failed = awaitAttempt(out.certificateId(), renewal.attemptId(), "retry_scheduled"::equals);
        assertThat(failed.status()).isEqualTo("active");
        assertThat(failed.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(proxy.certificates).containsKey(out.certificateId());
        assertThat(appaloft.domainBindings().show(binding).binding().status()).isEqualTo("ready");
    }

    @Test
    void whatCannotBeIssuedIsRefusedNamingTheProblem() {
        String binding = bound("shop.example.com", "auto");
        assertFails(() -> appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue("dmb_nope")),
                ErrorCode.NOT_FOUND);
        assertFails(() -> appaloft.certificates().issueOrRenew(new IssueOrRenewCertificateInput(binding, null, null,
                null, "dns-01", null, null)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.certificates().issueOrRenew(new IssueOrRenewCertificateInput(binding, null,
                "rotate", null, null, null, null)), ErrorCode.VALIDATION_ERROR);
        String plain = bound("plain.example.com", "disabled");
        assertFails(() -> appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(plain)),
                ErrorCode.CERTIFICATE_NOT_ALLOWED);
        String pending = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource, server,
                "new.example.com")).id();
        assertFails(() -> appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(pending)),
                ErrorCode.CERTIFICATE_NOT_ALLOWED);
        assertFails(() -> appaloft.certificates().retry("crt_nope"), ErrorCode.NOT_FOUND);
        assertThat(audit()).doesNotContain("certificate-requested");
        assertThat(proxy.routes.values().stream().map(ProxyRoute::pathPrefix))
                .noneMatch(p -> p.startsWith("/.well-known/acme-challenge/"));
    }
}

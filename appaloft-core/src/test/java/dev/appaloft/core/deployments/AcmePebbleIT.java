package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.certificates.CertificateAttemptOutput;
import dev.appaloft.api.certificates.CertificateView;
import dev.appaloft.api.certificates.IssueOrRenewCertificateInput;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.domains.AcmeSettings;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real issuance: a busybox app deployed on the local Docker engine behind a real Caddy, a domain
 * bound to it, a certificate ordered from a real Pebble with acme4j. Pebble's VA fetches the
 * HTTP-01 token from Caddy's HTTP port (the domain resolves to loopback through challtestsrv),
 * the chain is installed on Caddy's HTTPS port, and an HTTPS request with the domain as SNI is
 * verified against Pebble's root. Then a renewal swaps the served chain, and an attempt whose
 * challenge cannot be reached (the name pointed at an address nothing listens on) fails with its
 * reason recorded, and a retry after the name is fixed issues. dns-01: the TXT record is added to a
 * real BIND (the zone's primary, Pebble's DNS) by a TSIG-signed RFC 2136 update, and deleted after.
 */
class AcmePebbleIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    static Path dir;
    static PebbleCa pebble;
    static CaddyEdgeProxy proxy;
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static String project;
    static String env;
    static String resource;
    static String server;
    static String image;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("acme-it");
        int proxyPort = PebbleCa.freePort();
        int httpsPort = PebbleCa.freePort();
        pebble = new PebbleCa(dir.resolve("pebble"), proxyPort, "example.test");
        proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, PebbleCa.freePort(), httpsPort, dir.resolve("caddy"));
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .edgeProxy("local-shell", proxy)
                .acme(AcmeSettings.of(pebble.directory()).withTrustRoot(pebble.tlsCertPem).withDns01(pebble.dns.dns01()))
                .build();
        appaloft = engine.system();
        image = "appaloft-it/acme-" + docker.runId() + ":1";
        BaseImages.buildHttpApp(docker.engine(), Map.of("index.html", "hello over tls"), image, docker.labels());
        project = appaloft.projects().create(CreateProjectInput.named("acme-" + docker.runId())).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, image), null, NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
        String deployment = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource,
                null)).id();
        assertThat(appaloft.deployments().show(deployment).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @AfterAll
    static void stop() {
        try {
            docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                    .forEach(c -> docker.engine().containers().remove(c.id()));
            docker.engine().images().listIdsByLabels(docker.labels()).forEach(i -> docker.engine().images().remove(i, true));
        } finally {
            if (engine != null) {
                engine.close();
            }
            if (proxy != null) {
                proxy.close();
            }
            if (pebble != null) {
                pebble.close();
            }
        }
    }

    private static String bound(String domain) {
        CreateDomainBindingInput in = CreateDomainBindingInput.serve(project, env, resource, server, domain);
        String id = appaloft.domainBindings().create(new CreateDomainBindingInput(in.projectId(), in.environmentId(),
                in.resourceId(), in.serverId(), in.destinationId(), in.domainName(), in.pathPrefix(), in.proxyKind(),
                "auto", null, null, null, null)).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "it", null));
        return id;
    }

    @Test
    void aCertificateFromPebbleServesTheDomainOverHttpsAndARenewalSwapsIt() throws Exception {
        String domain = "shop-" + docker.runId() + ".example.test";
        String binding = bound(domain);
        long started = System.nanoTime();
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView issued = await(out, "issued"::equals);
        System.out.printf("issuance through Pebble took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(issued.status()).isEqualTo("active");
        assertThat(issued.subjectAlternativeNames()).containsExactly(domain);
        assertThat(issued.issuer()).contains("Pebble");
        assertThat(appaloft.domainBindings().show(binding).binding().status()).isEqualTo("ready");

        String root = pebble.rootPem();
        Served first = https(domain, root);
        assertThat(first.body()).contains("hello over tls");
        assertThat("sha256:" + first.fingerprint()).as("Caddy serves the issued leaf").isEqualTo(issued.fingerprint());

        // requests keep coming over HTTPS while the renewal swaps the chain: none may fail
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (loading.get()) {
                try {
                    (https(domain, root).body().contains("hello over tls") ? ok : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        });
        load.start();
        CertificateAttemptOutput renewal = appaloft.certificates().issueOrRenew(
                IssueOrRenewCertificateInput.renew(binding, out.certificateId()));
        CertificateView renewed = await(renewal, "issued"::equals);
        Thread.sleep(300);
        loading.set(false);
        load.join();
        System.out.printf("during the renewal: %d HTTPS requests served, %d failed%n", ok.get(), failed.get());
        assertThat(failed.get()).isZero();
        assertThat(ok.get()).isPositive();
        assertThat(renewed.fingerprint()).isNotEqualTo(issued.fingerprint());
        assertThat(renewed.latestAttempt().reason()).isEqualTo("renew");
        Served second = https(domain, root);
        assertThat(second.body()).contains("hello over tls");
        assertThat("sha256:" + second.fingerprint()).as("the renewed leaf is served").isEqualTo(renewed.fingerprint());
    }

    @Test
    void aDns01CertificateIsProvenByATxtRecordPublishedByAnRfc2136UpdateAndWithdrawnAfter() throws Exception {
        String domain = "dns-" + docker.runId() + ".example.test";
        String binding = bound(domain);
        // the name points where nothing listens: no http-01 token can be fetched, only the TXT record proves it
        pebble.pointAt(domain, "127.0.0.9");
        try {
            CertificateView issued = await(appaloft.certificates().issueOrRenew(new IssueOrRenewCertificateInput(
                    binding, null, null, null, "dns-01", null, null)), "issued"::equals);
            assertThat(issued.status()).isEqualTo("active");
            assertThat(issued.challengeType()).isEqualTo("dns-01");
            assertThat(issued.latestAttempt().challengeType()).isEqualTo("dns-01");
            assertThat(issued.issuer()).contains("Pebble");
            assertThat(pebble.dns.txt("_acme-challenge." + domain)).as("the TXT record is deleted after").isEmpty();
            Served served = https(domain, pebble.rootPem());
            assertThat(served.body()).contains("hello over tls");
            assertThat("sha256:" + served.fingerprint()).isEqualTo(issued.fingerprint());
        } finally {
            pebble.pointAt(domain, null);
        }
    }

    @Test
    void anUnreachableChallengeFailsWithItsReasonAndARetryIssues() throws Exception {
        String domain = "late-" + docker.runId() + ".example.test";
        String binding = bound(domain);
        pebble.pointAt(domain, "127.0.0.9"); // nothing listens there: the CA cannot fetch the token
        CertificateAttemptOutput out = appaloft.certificates().issueOrRenew(IssueOrRenewCertificateInput.issue(binding));
        CertificateView failed = await(out, s -> s.equals("retry_scheduled") || s.equals("failed"));
        assertThat(failed.latestAttempt().status()).isEqualTo("retry_scheduled");
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.latestAttempt().errorCode()).isEqualTo("acme_challenge_failed");
        assertThat(failed.latestAttempt().failurePhase()).isEqualTo("challenge");
        assertThat(failed.latestAttempt().failureMessage()).contains(domain);

        pebble.pointAt(domain, null);
        CertificateAttemptOutput retried = appaloft.certificates().retry(out.certificateId());
        CertificateView issued = await(retried, "issued"::equals);
        assertThat(issued.status()).isEqualTo("active");
        assertThat(https(domain, pebble.rootPem()).body()).contains("hello over tls");
    }

    private static CertificateView await(CertificateAttemptOutput out, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            CertificateView c = appaloft.certificates().show(out.certificateId());
            if (c.latestAttempt().id().equals(out.attemptId()) && done.test(c.latestAttempt().status())) {
                return c;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("attempt did not end: " + appaloft.certificates().show(out.certificateId())
                + "\n" + Files.readString(pebble.dir.resolve("pebble.log")));
    }

    record Served(String body, String fingerprint) {
    }

    /** GET / over TLS to Caddy's HTTPS port with {@code domain} as SNI, the chain verified against {@code rootPem}. */
    static Served https(String domain, String rootPem) throws Exception {
        try (Socket plain = new Socket("127.0.0.1", proxy.httpsPort());
             SSLSocket tls = (SSLSocket) PebbleCa.trusting(rootPem).getSocketFactory().createSocket(plain, domain,
                     proxy.httpsPort(), true)) {
            SSLParameters params = tls.getSSLParameters();
            params.setServerNames(java.util.List.of(new SNIHostName(domain)));
            params.setEndpointIdentificationAlgorithm("HTTPS"); // the leaf must name the domain
            tls.setSSLParameters(params);
            tls.setSoTimeout(5000);
            tls.startHandshake();
            X509Certificate leaf = (X509Certificate) tls.getSession().getPeerCertificates()[0];
            tls.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: " + domain + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            tls.getInputStream().transferTo(body);
            return new Served(body.toString(StandardCharsets.UTF_8),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded())));
        }
    }
}

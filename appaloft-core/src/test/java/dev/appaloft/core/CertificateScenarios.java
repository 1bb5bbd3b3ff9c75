package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.certificates.CertificateView;
import dev.appaloft.api.certificates.ImportCertificateInput;
import dev.appaloft.api.certificates.ListCertificatesInput;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.UnitOfWork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code certificates.import|list|show|revoke|delete} through the facade: a self-made chain is
 * checked and imported for a bound binding, its key sealed and never shown; a replacement
 * disables the previous one; revoke before delete; the binding's delete is blocked meanwhile.
 */
public abstract class CertificateScenarios extends DeploymentFixture {

    protected final dev.appaloft.core.deployments.FakeEdgeProxy proxy = new dev.appaloft.core.deployments.FakeEdgeProxy();

    @org.junit.jupiter.api.BeforeEach
    @Override
    protected void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder().store(store)
                .secretBox(dev.appaloft.core.secrets.AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).edgeProxy("local-shell", proxy).dnsResolver(new FakeDns()).build();
        project = appaloft.projects().create(dev.appaloft.api.projects.CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new dev.appaloft.api.environments.CreateEnvironmentInput(project,
                "production", dev.appaloft.api.environments.EnvironmentKind.PRODUCTION, null)).id();
        resource = appaloft.resources().create(new dev.appaloft.api.resources.CreateResourceInput(project, env, null,
                "web", null, null, null, dev.appaloft.api.resources.SourceBinding.of(
                        dev.appaloft.api.resources.SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null,
                dev.appaloft.api.resources.NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(dev.appaloft.api.servers.CreateServerInput.localShell("this host")).id();
    }

    protected List<String> audit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }

    private String bound(String domain) {
        CreateDomainBindingInput in = CreateDomainBindingInput.serve(project, env, resource, server, domain);
        String id = appaloft.domainBindings().create(new CreateDomainBindingInput(in.projectId(), in.environmentId(),
                in.resourceId(), in.serverId(), in.destinationId(), in.domainName(), in.pathPrefix(), in.proxyKind(),
                "auto", null, null, null, null)).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "ops", null));
        return id;
    }

    @Test
    void anImportedChainIsShownWithoutItsKeyAndRevokedBeforeItIsDeleted() {
        String binding = bound("shop.example.com");
        TestCertificates.Chain chain = TestCertificates.chain("shop.example.com");
        var imported = appaloft.certificates().importCertificate(ImportCertificateInput.of(binding, chain.chainPem(),
                chain.leaf().keyPem()));
        CertificateView shown = appaloft.certificates().show(imported.certificateId());
        assertThat(shown.status()).isEqualTo("active");
        assertThat(shown.source()).isEqualTo("imported");
        assertThat(shown.domainName()).isEqualTo("shop.example.com");
        assertThat(shown.subjectAlternativeNames()).containsExactly("shop.example.com");
        assertThat(shown.issuer()).startsWith("CN=Test Intermediate");
        assertThat(shown.keyAlgorithm()).isEqualTo("RSA-2048");
        assertThat(shown.notBefore()).isNotNull();
        assertThat(shown.expiresAt()).isEqualTo(chain.leaf().certificate().getNotAfter().toInstant().toString());
        assertThat(shown.latestAttempt().id()).isEqualTo(imported.attemptId());
        assertThat(shown.latestAttempt().status()).isEqualTo("issued");
        assertThat(appaloft.certificates().list(ListCertificatesInput.ofBinding(binding)).items())
                .extracting(CertificateView::id).containsExactly(imported.certificateId());

        String keyBody = chain.leaf().keyPem().lines().skip(1).findFirst().orElseThrow();
        String stored = store.read(r -> r.find(StoreCollections.CERTIFICATE_SECRETS, imported.certificateId()))
                .orElseThrow().body();
        assertThat(stored).as("the key is sealed").doesNotContain(keyBody);
        assertThat(allAudit()).noneMatch(body -> body.contains(keyBody));

        assertFails(() -> appaloft.domainBindings().delete(binding), ErrorCode.DOMAIN_BINDING_DELETE_BLOCKED);
        assertThat(appaloft.domainBindings().deleteCheck(binding).blockers()).singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo("active-certificate"));
        assertFails(() -> appaloft.certificates().delete(imported.certificateId()), ErrorCode.CERTIFICATE_DELETE_NOT_ALLOWED);
        assertThat(proxy.certificates).as("the imported chain is served").containsKey(imported.certificateId());
        appaloft.certificates().revoke(imported.certificateId());
        assertThat(proxy.certificates).as("a revoked one no more").doesNotContainKey(imported.certificateId());
        appaloft.certificates().revoke(imported.certificateId()); // again: nothing changes
        assertThat(appaloft.certificates().show(imported.certificateId()).status()).isEqualTo("revoked");
        appaloft.certificates().delete(imported.certificateId());
        assertFails(() -> appaloft.certificates().show(imported.certificateId()), ErrorCode.NOT_FOUND);
        boolean kept = store.read(r -> r.find(StoreCollections.CERTIFICATE_SECRETS, imported.certificateId()).isPresent());
        assertThat(kept).as("the sealed key goes with the certificate").isFalse();
        assertThat(audit()).containsSubsequence("certificate-imported", "certificate-revoked", "certificate-deleted");
        assertThat(audit().stream().filter("certificate-revoked"::equals).count()).isEqualTo(1);
        appaloft.domainBindings().delete(binding);
    }

    @Test
    void aReplacementDisablesThePreviousCertificateAndAnIdempotentImportAnswersTheSame() {
        String binding = bound("shop.example.com");
        TestCertificates.Chain first = TestCertificates.chain("shop.example.com");
        TestCertificates.Chain second = TestCertificates.chain("*.example.com");
        String one = appaloft.certificates().importCertificate(ImportCertificateInput.of(binding, first.chainPem(),
                first.leaf().keyPem())).certificateId();
        var in = new ImportCertificateInput(binding, second.chainPem(), second.leaf().traditionalKeyPem(), null, "k1", null);
        var two = appaloft.certificates().importCertificate(in);
        assertThat(appaloft.certificates().importCertificate(in)).isEqualTo(two);
        assertThat(appaloft.certificates().show(one).status()).isEqualTo("disabled");
        assertThat(appaloft.certificates().show(two.certificateId()).latestAttempt().reason()).isEqualTo("replace");
        appaloft.certificates().delete(one);
        assertThat(audit().stream().filter("certificate-imported"::equals).count()).isEqualTo(2);
    }

    @Test
    void whatDoesNotFitIsRefusedNamingTheProblem() {
        String binding = bound("shop.example.com");
        TestCertificates.Chain chain = TestCertificates.chain("other.example.com");
        assertFails(() -> appaloft.certificates().importCertificate(ImportCertificateInput.of(binding, chain.chainPem(),
                chain.leaf().keyPem())), ErrorCode.CERTIFICATE_DOMAIN_MISMATCH);
        TestCertificates.Chain good = TestCertificates.chain("shop.example.com");
        assertFails(() -> appaloft.certificates().importCertificate(ImportCertificateInput.of(binding, good.chainPem(),
                chain.leaf().keyPem())), ErrorCode.CERTIFICATE_KEY_MISMATCH);
        assertFails(() -> appaloft.certificates().importCertificate(ImportCertificateInput.of(binding,
                good.intermediate().pem() + good.leaf().pem(), good.leaf().keyPem())),
                ErrorCode.CERTIFICATE_CHAIN_ORDER_INVALID);
        String pending = appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, resource, server,
                "new.example.com")).id();
        assertFails(() -> appaloft.certificates().importCertificate(ImportCertificateInput.of(pending, good.chainPem(),
                good.leaf().keyPem())), ErrorCode.CERTIFICATE_NOT_ALLOWED);
        assertFails(() -> appaloft.certificates().importCertificate(ImportCertificateInput.of("dmb_nope", good.chainPem(),
                good.leaf().keyPem())), ErrorCode.NOT_FOUND);
        assertThat(audit()).doesNotContain("certificate-imported");
        assertThat(appaloft.certificates().list(ListCertificatesInput.all()).items()).isEmpty();
    }

    @Test
    void withoutACertificateAuthorityIssuanceIsRefused() {
        String binding = bound("shop.example.com");
        assertFails(() -> appaloft.certificates().issueOrRenew(
                dev.appaloft.api.certificates.IssueOrRenewCertificateInput.issue(binding)),
                ErrorCode.CERTIFICATE_PROVIDER_UNAVAILABLE);
        assertThat(audit()).doesNotContain("certificate-requested");
    }

    private List<String> allAudit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::body).toList();
    }
}

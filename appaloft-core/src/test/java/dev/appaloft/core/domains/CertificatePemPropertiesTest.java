package dev.appaloft.core.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.TestCertificates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of reading and checking an imported chain and key: what is accepted is exactly a
 * chain in order, valid now, covering the domain, with the leaf's key; each refusal names its
 * code and field. Chains are made once per key kind (key generation is the slow part).
 */
class CertificatePemPropertiesTest {

    private static final TestCertificates.Chain RSA = TestCertificates.chain("shop.example.com", "*.example.org");
    private static final TestCertificates.Chain EC = TestCertificates.chain("EC", Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(30)), "shop.example.com", "*.example.org");
    private static final TestCertificates.Chain ED = TestCertificates.chain("Ed25519",
            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), "shop.example.com",
            "*.example.org");
    private static final TestCertificates.Chain OTHER = TestCertificates.chain("shop.example.com");

    @Provide
    Arbitrary<TestCertificates.Chain> chains() {
        return Arbitraries.of(RSA, EC, ED);
    }

    @Provide
    Arbitrary<String> coveredNames() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(Arbitraries.of("shop.example.com", "SHOP.Example.COM"), label.map(l -> l + ".example.org"));
    }

    @Provide
    Arbitrary<String> uncoveredNames() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(label.map(l -> l + ".shop.example.com"), label.map(l -> l + ".a.example.org"),
                Arbitraries.of("example.org", "example.com", "shop.example.co"), label.map(l -> l + ".example.net"));
    }

    @Property(tries = 60)
    void aChainInOrderWithItsKeyIsAcceptedInEveryKeyFormat(@ForAll("chains") TestCertificates.Chain chain,
            @ForAll("coveredNames") String domain, @ForAll @IntRange(max = 2) int format) {
        String key = switch (format) {
            case 0 -> chain.leaf().keyPem();
            case 1 -> chain.leaf().traditionalKeyPem();
            default -> chain.leaf().encryptedKeyPem("pass phrase");
        };
        CertificatePem.Checked checked = CertificatePem.check("# leaf first\n" + chain.chainPem(), key,
                format == 2 ? "pass phrase" : null, domain, Instant.now());
        assertThat(checked.chain()).hasSize(2);
        assertThat(checked.subjectAlternativeNames()).containsExactly("shop.example.com", "*.example.org");
        assertThat(checked.fingerprint()).matches("sha256:[0-9a-f]{64}");
        assertThat(checked.issuer()).startsWith("CN=Test Intermediate");
        assertThat(checked.keyAlgorithm()).isIn("RSA-2048", "EC-256", "Ed25519");
        assertThat(CertificatePem.parseChain(checked.chainPem())).isEqualTo(checked.chain());
    }

    @Property(tries = 40)
    void aNameTheSansDoNotCoverIsRefusedOnTheChain(@ForAll("chains") TestCertificates.Chain chain,
            @ForAll("uncoveredNames") String domain) {
        refused(() -> CertificatePem.check(chain.chainPem(), chain.leaf().keyPem(), null, domain, Instant.now()),
                ErrorCode.CERTIFICATE_DOMAIN_MISMATCH, "certificateChain");
    }

    @Property(tries = 30)
    void anyOrderOtherThanLeafFirstIsRefused(@ForAll("chains") TestCertificates.Chain chain, @ForAll long seed) {
        List<java.security.cert.X509Certificate> all = new ArrayList<>(chain.certificates());
        Collections.shuffle(all, new Random(seed));
        StringBuilder pem = new StringBuilder();
        all.forEach(c -> pem.append(TestCertificates.pem(c)));
        if (all.equals(chain.certificates())) {
            assertThat(CertificatePem.check(pem.toString(), chain.leaf().keyPem(), null, "shop.example.com",
                    Instant.now()).chain()).hasSize(3);
        } else {
            refused(() -> CertificatePem.check(pem.toString(), chain.leaf().keyPem(), null, "shop.example.com",
                    Instant.now()), ErrorCode.CERTIFICATE_CHAIN_ORDER_INVALID, "certificateChain");
        }
    }

    @Property(tries = 20)
    void anotherKeyThanTheLeafsIsRefused(@ForAll("chains") TestCertificates.Chain chain) {
        for (TestCertificates.Chain other : List.of(RSA, EC, ED, OTHER)) {
            if (other != chain) {
                refused(() -> CertificatePem.check(chain.chainPem(), other.leaf().keyPem(), null, "shop.example.com",
                        Instant.now()), ErrorCode.CERTIFICATE_KEY_MISMATCH, "privateKey");
            }
        }
        // the intermediate's key is in the chain, and still not the leaf's
        refused(() -> CertificatePem.check(chain.chainPem(), chain.intermediate().keyPem(), null, "shop.example.com",
                Instant.now()), ErrorCode.CERTIFICATE_KEY_MISMATCH, "privateKey");
    }

    @Property(tries = 30)
    void outsideItsValidityTheChainIsRefused(@ForAll @IntRange(min = 1, max = 3000) int days, @ForAll boolean before) {
        Instant at = before ? RSA.leaf().certificate().getNotBefore().toInstant().minus(Duration.ofDays(days))
                : RSA.leaf().certificate().getNotAfter().toInstant().plus(Duration.ofDays(days));
        refused(() -> CertificatePem.check(RSA.chainPem(), RSA.leaf().keyPem(), null, "shop.example.com", at),
                ErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificateChain");
    }

    @Property(tries = 50)
    void garbageIsRefusedNamingItsField(@ForAll String text) {
        refused(() -> CertificatePem.check(text, RSA.leaf().keyPem(), null, "shop.example.com", Instant.now()),
                ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain");
        refused(() -> CertificatePem.check(RSA.chainPem(), text, null, "shop.example.com", Instant.now()),
                ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey");
        String corrupt = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getEncoder().encodeToString(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\n-----END CERTIFICATE-----\n";
        refused(() -> CertificatePem.check(corrupt, RSA.leaf().keyPem(), null, "shop.example.com", Instant.now()),
                ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain");
    }

    @Example
    void anEncryptedKeyOpensWithItsPassphraseOnly() {
        String encrypted = EC.leaf().encryptedKeyPem("correct horse");
        assertThat(CertificatePem.check(EC.chainPem(), encrypted, "correct horse", "shop.example.com", Instant.now())
                .keyAlgorithm()).isEqualTo("EC-256");
        refused(() -> CertificatePem.check(EC.chainPem(), encrypted, null, "shop.example.com", Instant.now()),
                ErrorCode.CERTIFICATE_PASSPHRASE_INVALID, "passphrase");
        refused(() -> CertificatePem.check(EC.chainPem(), encrypted, "wrong", "shop.example.com", Instant.now()),
                ErrorCode.CERTIFICATE_PASSPHRASE_INVALID, "passphrase");
    }

    @Example
    void aKeyInTheChainFieldIsCalledOut() {
        refused(() -> CertificatePem.check(RSA.chainPem() + RSA.leaf().keyPem(), RSA.leaf().keyPem(), null,
                "shop.example.com", Instant.now()), ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain");
    }

    private static void refused(Runnable call, ErrorCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.code().httpStatus()).isEqualTo(400);
            assertThat(e.issues()).singleElement().satisfies(i -> assertThat(i.path()).containsExactly(field));
        });
    }
}

package dev.appaloft.core;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-made X.509 chains for the certificate tests (root → intermediate → leaf), their keys as
 * PEM in the formats an import takes. Made in memory with bcpkix, no files, no tools.
 */
public final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private TestCertificates() {
    }

    /** One issued certificate and its key. */
    public record Issued(X509Certificate certificate, KeyPair keys) {

        public String pem() {
            return TestCertificates.pem(certificate);
        }

        /** The key as PKCS#8 PEM ({@code PRIVATE KEY}). */
        public String keyPem() {
            return TestCertificates.pem(new JcaPKCS8GeneratorHolder(keys.getPrivate()).object());
        }

        /** The key in OpenSSL's traditional form (PKCS#1 {@code RSA PRIVATE KEY}, SEC1 {@code EC PRIVATE KEY}). */
        public String traditionalKeyPem() {
            if (!keys.getPrivate().getAlgorithm().equals("EC")) {
                return TestCertificates.pem(keys.getPrivate());
            }
            // as openssl writes it: the curve inside (the JDK's PKCS#8 keeps it only outside)
            try {
                var info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
                var inner = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
                var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, inner.getKey(), inner.getPublicKey(),
                        info.getPrivateKeyAlgorithm().getParameters());
                return TestCertificates.pem(new org.bouncycastle.util.io.pem.PemObject("EC PRIVATE KEY", sec1.getEncoded()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The key as encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}, PBES2 AES-256). */
        public String encryptedKeyPem(String passphrase) {
            try {
                var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(
                        org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC).setPassword(passphrase.toCharArray())
                        .setIterationCount(2048).setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).build();
                return TestCertificates.pem(new JcaPKCS8Generator(keys.getPrivate(), encryptor).generate());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A root, an intermediate and a leaf naming {@code names}; leaf first in {@link #chainPem()}. */
    public record Chain(Issued root, Issued intermediate, Issued leaf) {

        public String chainPem() {
            return leaf.pem() + intermediate.pem();
        }

        public List<X509Certificate> certificates() {
            return List.of(leaf.certificate(), intermediate.certificate(), root.certificate());
        }
    }

    public static Chain chain(String... names) {
        return chain("RSA", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(90)), names);
    }

    /** @param keyAlgorithm {@code RSA}, {@code EC} or {@code Ed25519}, for the leaf's key */
    public static Chain chain(String keyAlgorithm, Instant notBefore, Instant notAfter, String... names) {
        Issued root = issue("CN=Test Root " + SERIAL.incrementAndGet(), null, keys("EC"), true, Instant.now()
                .minus(Duration.ofDays(10)), Instant.now().plus(Duration.ofDays(3650)));
        Issued intermediate = issue("CN=Test Intermediate " + SERIAL.incrementAndGet(), root, keys("EC"), true,
                Instant.now().minus(Duration.ofDays(10)), Instant.now().plus(Duration.ofDays(3650)));
        Issued leaf = issue("CN=" + (names.length == 0 ? "no-name" : names[0]), intermediate, keys(keyAlgorithm),
                false, notBefore, notAfter, names);
        return new Chain(root, intermediate, leaf);
    }

    public static KeyPair keys(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            } else if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued issue(String subject, Issued issuer, KeyPair keys, boolean ca, Instant notBefore,
                               Instant notAfter, String... names) {
        try {
            X500Name issuerName = new X500Name(issuer == null ? subject
                    : issuer.certificate().getSubjectX500Principal().getName());
            PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.keys().getPrivate();
            var builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(notBefore), Date.from(notAfter), new X500Name(subject), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (names.length > 0) {
                List<GeneralName> dns = new ArrayList<>();
                for (String name : names) {
                    dns.add(new GeneralName(GeneralName.dNSName, name));
                }
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(dns.toArray(GeneralName[]::new)));
            }
            String algorithm = switch (signingKey.getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> "Ed25519";
            };
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(signingKey)));
            return new Issued(certificate, keys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(Object value) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** PKCS#8 unencrypted: JcaPEMWriter alone writes a key in its traditional form. */
    private record JcaPKCS8GeneratorHolder(PrivateKey key) {
        Object object() {
            try {
                return new JcaPKCS8Generator(key, null).generate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

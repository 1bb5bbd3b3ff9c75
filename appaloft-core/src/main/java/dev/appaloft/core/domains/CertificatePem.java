package dev.appaloft.core.domains;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * Reads and checks an imported certificate with the JDK's X.509 support: the chain is leaf first
 * with each certificate signed by the next, every certificate is valid at the given instant, the
 * leaf's DNS subject alternative names cover the domain, and the private key (read by
 * {@link PrivateKeyPem}) is the leaf's. Each refusal is a 400 naming the problem and the field.
 */
public final class CertificatePem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);

    private CertificatePem() {
    }

    /** What is kept and shown of an accepted certificate. */
    public record Checked(List<X509Certificate> chain, PrivateKey key, String fingerprint, String issuer,
                          Instant notBefore, Instant notAfter, List<String> subjectAlternativeNames,
                          String keyAlgorithm) {

        public X509Certificate leaf() {
            return chain.get(0);
        }

        /** The chain as PEM, leaf first, normalised (one block per certificate). */
        public String chainPem() {
            StringBuilder out = new StringBuilder();
            for (X509Certificate c : chain) {
                out.append(pem("CERTIFICATE", der(c)));
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return "Checked[" + fingerprint + " " + subjectAlternativeNames + "]";
        }
    }

    /** Checks a chain and key for {@code domain} at {@code now}; throws the first problem found. */
    public static Checked check(String chainPem, String keyPem, String passphrase, String domain, Instant now) {
        List<X509Certificate> chain = parseChain(chainPem);
        checkOrder(chain);
        checkValidity(chain, now);
        X509Certificate leaf = chain.get(0);
        List<String> sans = dnsNames(leaf);
        if (!covers(sans, domain)) {
            throw refused(ErrorCode.CERTIFICATE_DOMAIN_MISMATCH, "certificateChain", sans.isEmpty()
                    ? "the leaf certificate names no DNS subject alternative name; it must name " + domain
                    : "the leaf certificate's DNS names " + sans + " do not cover " + domain);
        }
        PrivateKey key = PrivateKeyPem.read(keyPem, passphrase);
        if (!matches(key, leaf.getPublicKey())) {
            throw refused(ErrorCode.CERTIFICATE_KEY_MISMATCH, "privateKey",
                    "the private key is not the key of the leaf certificate (" + subject(leaf) + ")");
        }
        return new Checked(List.copyOf(chain), key, fingerprint(leaf), leaf.getIssuerX500Principal().getName(
                X500Principal.RFC2253), leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), sans,
                keyAlgorithm(leaf.getPublicKey()));
    }

    /** Every CERTIFICATE block, in order; anything else in the text (comments, bag attributes) is ignored. */
    static List<X509Certificate> parseChain(String text) {
        List<X509Certificate> chain = new ArrayList<>();
        Matcher m = BLOCK.matcher(text == null ? "" : text);
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK has no X.509 support", e);
        }
        int index = 0;
        while (m.find()) {
            if (!m.group(1).equals("CERTIFICATE")) {
                if (m.group(1).contains("PRIVATE KEY")) {
                    throw refused(ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain",
                            "certificateChain holds a private key: give it in privateKey");
                }
                continue;
            }
            index++;
            try {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
                throw refused(ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain",
                        "certificate #" + index + " of certificateChain is not a readable X.509 certificate");
            }
        }
        if (chain.isEmpty()) {
            throw refused(ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain",
                    "certificateChain holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    /** Leaf first, each certificate issued and signed by the next one. */
    static void checkOrder(List<X509Certificate> chain) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate child = chain.get(i);
            X509Certificate parent = chain.get(i + 1);
            boolean named = child.getIssuerX500Principal().equals(parent.getSubjectX500Principal());
            boolean signed = named && signedBy(child, parent.getPublicKey());
            if (!signed) {
                throw refused(ErrorCode.CERTIFICATE_CHAIN_ORDER_INVALID, "certificateChain", "certificate #" + (i + 1)
                        + " (" + subject(child) + ") is not issued by the next one, #" + (i + 2) + " ("
                        + subject(parent) + "): give the chain leaf first, each certificate followed by its issuer");
            }
        }
    }

    static void checkValidity(List<X509Certificate> chain, Instant now) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            String which = i == 0 ? "the leaf certificate" : "certificate #" + (i + 1);
            try {
                c.checkValidity(Date.from(now));
            } catch (CertificateExpiredException e) {
                throw refused(ErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificateChain", which + " (" + subject(c)
                        + ") expired at " + c.getNotAfter().toInstant());
            } catch (CertificateNotYetValidException e) {
                throw refused(ErrorCode.CERTIFICATE_NOT_VALID_NOW, "certificateChain", which + " (" + subject(c)
                        + ") is not valid before " + c.getNotBefore().toInstant());
            }
        }
    }

    /** The DNS names among the subject alternative names, lower-cased, in their order. */
    static List<String> dnsNames(X509Certificate c) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> all = c.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> entry : all) {
                    if (Integer.valueOf(2).equals(entry.get(0)) && entry.get(1) instanceof String name) {
                        names.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateException e) {
            throw refused(ErrorCode.CERTIFICATE_CHAIN_INVALID, "certificateChain",
                    "the leaf certificate's subject alternative names do not parse");
        }
        return names;
    }

    /** An exact name, or a wildcard {@code *.parent} standing for exactly one label. */
    public static boolean covers(List<String> names, String domain) {
        String host = domain.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name.equals(host)) {
                return true;
            }
            int dot = host.indexOf('.');
            if (name.startsWith("*.") && dot > 0 && host.substring(dot + 1).equals(name.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code key} signs what {@code leafKey} verifies (works for every key kind, no key maths). */
    static boolean matches(PrivateKey key, PublicKey leafKey) {
        String algorithm = signatureAlgorithm(key.getAlgorithm());
        if (algorithm == null || !sameFamily(key.getAlgorithm(), leafKey.getAlgorithm())) {
            return false;
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(leafKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // e.g. an EC key of another curve
        }
    }

    private static boolean sameFamily(String a, String b) {
        return family(a).equals(family(b));
    }

    private static String family(String algorithm) {
        return switch (algorithm) {
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> algorithm;
        };
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> keyAlgorithm.equals("EdDSA") ? "EdDSA" : keyAlgorithm;
            default -> null;
        };
    }

    private static boolean signedBy(X509Certificate c, PublicKey issuerKey) {
        try {
            c.verify(issuerKey);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** SHA-256 of the leaf's DER, as {@code sha256:<hex>}. */
    static String fingerprint(X509Certificate c) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der(c)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code RSA-2048}, {@code EC-256}, {@code Ed25519}. */
    static String keyAlgorithm(PublicKey key) {
        if (key instanceof RSAKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength();
        }
        if (key instanceof ECKey ec) {
            return "EC-" + ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof java.security.interfaces.EdECKey ed) {
            return ed.getParams().getName();
        }
        return key.getAlgorithm();
    }

    static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static AppaloftException refused(ErrorCode code, String field, String message) {
        return new AppaloftException(code, message, List.of(Issue.custom(field, message)), Map.of("field", field), null);
    }
}

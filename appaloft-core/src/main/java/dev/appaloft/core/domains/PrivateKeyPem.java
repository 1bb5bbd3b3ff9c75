package dev.appaloft.core.domains;

import static dev.appaloft.core.domains.CertificatePem.refused;

import dev.appaloft.api.error.ErrorCode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Reads a PEM private key: PKCS#8 ({@code PRIVATE KEY}), PKCS#8 encrypted with a passphrase
 * ({@code ENCRYPTED PRIVATE KEY}, opened by the JDK), PKCS#1 RSA and SEC1 EC (rewrapped as PKCS#8
 * with bcprov's ASN.1 types, already a dependency). Legacy OpenSSL-encrypted PEM
 * ({@code Proc-Type: 4,ENCRYPTED}) is refused as unsupported.
 */
final class PrivateKeyPem {

    private static final Pattern KEY = Pattern.compile(
            "-----BEGIN ((?:ENCRYPTED |RSA |EC )?PRIVATE KEY)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);

    private PrivateKeyPem() {
    }

    static PrivateKey read(String pem, String passphrase) {
        Matcher m = KEY.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey",
                    "privateKey holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String type = m.group(1);
        String body = m.group(2);
        if (body.contains("Proc-Type:")) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_UNSUPPORTED, "privateKey", "a legacy OpenSSL-encrypted "
                    + "key is not read: convert it to encrypted PKCS#8 (openssl pkcs8 -topk8) or give it unencrypted");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.trim());
        } catch (IllegalArgumentException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey", "privateKey is not valid base64 PEM");
        }
        byte[] pkcs8 = switch (type) {
            case "ENCRYPTED PRIVATE KEY" -> decrypt(der, passphrase);
            case "RSA PRIVATE KEY" -> wrapRsa(der);
            case "EC PRIVATE KEY" -> wrapEc(der);
            default -> der;
        };
        return decode(pkcs8);
    }

    private static PrivateKey decode(byte[] pkcs8) {
        String oid;
        try {
            oid = PrivateKeyInfo.getInstance(pkcs8).getPrivateKeyAlgorithm().getAlgorithm().getId();
        } catch (RuntimeException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey", "privateKey does not parse as a key");
        }
        String algorithm = switch (oid) {
            case "1.2.840.113549.1.1.1" -> "RSA";
            case "1.2.840.10045.2.1" -> "EC";
            case "1.3.101.112" -> "Ed25519";
            case "1.3.101.113" -> "Ed448";
            default -> null;
        };
        if (algorithm == null) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_UNSUPPORTED, "privateKey",
                    "keys of algorithm " + oid + " are not supported: give an RSA, EC or Ed25519 key");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey",
                    "privateKey does not parse as an " + algorithm + " key");
        }
    }

    private static byte[] decrypt(byte[] der, String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw refused(ErrorCode.CERTIFICATE_PASSPHRASE_INVALID, "passphrase",
                    "the private key is encrypted: give its passphrase");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey",
                    "privateKey is not a readable encrypted PKCS#8 key");
        }
        try {
            // for PBES2 the JDK names the whole scheme (PBEWithHmacSHA256AndAES_256) from the parameters
            String scheme = info.getAlgParameters() == null ? info.getAlgName() : info.getAlgParameters().toString();
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(scheme)
                    .generateSecret(new PBEKeySpec(passphrase.toCharArray())), info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (java.security.spec.InvalidKeySpecException e) {
            // a wrong passphrase decrypts to bytes that are no key
            throw refused(ErrorCode.CERTIFICATE_PASSPHRASE_INVALID, "passphrase", "the passphrase does not open the key");
        } catch (GeneralSecurityException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_UNSUPPORTED, "privateKey",
                    "the key's encryption (" + info.getAlgName() + ") is not supported: give PBES2 with AES");
        }
    }

    private static byte[] wrapRsa(byte[] pkcs1) {
        try {
            return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    RSAPrivateKey.getInstance(pkcs1)).getEncoded();
        } catch (IOException | RuntimeException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey", "privateKey is not a readable RSA key");
        }
    }

    private static byte[] wrapEc(byte[] sec1) {
        try {
            ECPrivateKey ec = ECPrivateKey.getInstance(sec1);
            if (ec.getParametersObject() == null) {
                throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_UNSUPPORTED, "privateKey",
                        "the EC key names no curve: give it as PKCS#8");
            }
            return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    ec.getParametersObject()), ec).getEncoded();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw refused(ErrorCode.CERTIFICATE_PRIVATE_KEY_INVALID, "privateKey", "privateKey is not a readable EC key");
        }
    }
}

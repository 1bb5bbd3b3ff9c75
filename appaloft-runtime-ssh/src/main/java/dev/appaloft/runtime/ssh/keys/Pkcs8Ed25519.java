package dev.appaloft.runtime.ssh.keys;

import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyException.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import net.schmizz.sshj.common.Ed25519KeyFactory;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * PKCS#8 ed25519 keys ({@code openssl genpkey -algorithm ed25519}), which sshj's PKCS#8 reader
 * does not take. The public key is derived from the private one; the pair uses the JDK's EdDSA
 * key classes, as sshj's own ed25519 keys do, so a connection authenticates with it alike.
 */
final class Pkcs8Ed25519 {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider(); // used directly, never registered

    private Pkcs8Ed25519() {
    }

    /** The key pair, or {@code null} when the PEM is not a PKCS#8 ed25519 key. */
    static KeyPair open(String pem, String passphrase) throws SshKeyException {
        PrivateKeyInfo info;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object read = parser.readObject();
            if (read instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                if (passphrase == null) {
                    throw new SshKeyException(Problem.PASSPHRASE_REQUIRED, "the private key is encrypted: give its passphrase");
                }
                info = decrypt(encrypted, passphrase);
            } else if (read instanceof PrivateKeyInfo plain) {
                info = plain;
            } else {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            return null;
        }
        try {
            Ed25519PrivateKeyParameters key = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(info);
            return new KeyPair(Ed25519KeyFactory.getPublicKey(key.generatePublicKey().getEncoded()),
                    Ed25519KeyFactory.getPrivateKey(key.getEncoded()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, String passphrase)
            throws SshKeyException {
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC)
                    .build(passphrase.toCharArray()));
        } catch (PKCSException e) {
            throw new SshKeyException(Problem.PASSPHRASE_INCORRECT, "the passphrase does not open the private key");
        } catch (OperatorCreationException e) {
            throw new SshKeyException(Problem.UNSUPPORTED, "the private key is encrypted with a cipher that is not supported");
        }
    }
}

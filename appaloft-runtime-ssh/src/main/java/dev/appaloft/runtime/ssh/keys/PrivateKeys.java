package dev.appaloft.runtime.ssh.keys;

import com.hierynomus.sshj.common.KeyDecryptionFailedException;
import com.hierynomus.sshj.userauth.keyprovider.OpenSSHKeyV1KeyFile;
import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyException.Problem;
import dev.appaloft.api.ssh.SshKeyFormat;
import dev.appaloft.api.ssh.SshKeyInfo;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.api.ssh.SshPublicKey;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.FileKeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyFormat;
import net.schmizz.sshj.userauth.keyprovider.KeyProviderUtil;
import net.schmizz.sshj.userauth.keyprovider.PKCS8KeyFile;
import net.schmizz.sshj.userauth.password.PasswordUtils;

/**
 * Opens a private key file with sshj: OpenSSH's format and PEM (PKCS#1, SEC1, PKCS#8, encrypted or
 * not), for ed25519, RSA and ECDSA keys. The key pair is what an sshj connection authenticates
 * with; the {@link SshKeyInfo} is what a credential shows. Errors say what is wrong with the
 * key, never what is in it.
 */
public final class PrivateKeys {

    /** An opened key: the pair to authenticate with, and what it is. */
    public record Opened(KeyPair keyPair, SshKeyInfo info) {

        @Override
        public String toString() {
            return "Opened[" + info.type().wire() + " " + info.publicKey().fingerprint() + "]";
        }
    }

    private PrivateKeys() {
    }

    /**
     * @param passphrase used only when the key is encrypted (ignored otherwise); {@code null} for none
     */
    public static Opened open(String text, String passphrase) throws SshKeyException {
        if (text == null || text.isBlank()) {
            throw new SshKeyException(Problem.MALFORMED, "the private key is empty");
        }
        String key = text.strip().replace("\r\n", "\n") + "\n";
        KeyFormat format = detect(key);
        SshKeyFormat shown;
        FileKeyProvider provider;
        boolean encrypted;
        switch (format) {
            case OpenSSHv1 -> {
                OpenSshKeyHeader header = OpenSshKeyHeader.of(key);
                refuseDsa(header.algorithm().equals("ssh-dss"));
                shown = SshKeyFormat.OPENSSH;
                provider = new OpenSSHKeyV1KeyFile();
                encrypted = header.encrypted();
            }
            case PKCS8 -> {
                refuseDsa(key.contains("BEGIN DSA PRIVATE KEY"));
                shown = SshKeyFormat.PEM;
                provider = new PKCS8KeyFile();
                encrypted = key.contains("BEGIN ENCRYPTED PRIVATE KEY") || key.contains("Proc-Type: 4,ENCRYPTED");
            }
            case PuTTY -> throw new SshKeyException(Problem.UNSUPPORTED,
                    "PuTTY keys are not taken: export the key in OpenSSH format (puttygen: Conversions, Export OpenSSH key)");
            default -> throw new SshKeyException(Problem.MALFORMED,
                    "not a private key in OpenSSH or PEM format (it should begin with \"-----BEGIN\")");
        }
        String usable = encrypted ? passphrase : null;
        if (encrypted && (usable == null || usable.isEmpty())) {
            throw new SshKeyException(Problem.PASSPHRASE_REQUIRED, "the private key is encrypted: give its passphrase");
        }
        provider.init(key, null, usable == null ? null : PasswordUtils.createOneOff(usable.toCharArray()));
        KeyPair pair;
        try {
            PrivateKey privateKey = provider.getPrivate();
            PublicKey publicKey = provider.getPublic();
            pair = new KeyPair(publicKey, privateKey);
        } catch (KeyDecryptionFailedException e) {
            if (encrypted) {
                throw new SshKeyException(Problem.PASSPHRASE_INCORRECT, "the passphrase does not open the private key");
            }
            throw malformed();
        } catch (IOException | RuntimeException e) {
            // sshj reads PKCS#8 RSA and ECDSA keys, not ed25519 ones; those are read here
            KeyPair ed25519 = shown == SshKeyFormat.PEM ? Pkcs8Ed25519.open(key, usable) : null;
            if (ed25519 == null) {
                // a wrong passphrase decrypts to noise, which now and then passes the cipher's padding check
                // (about 1 in 256 for CBC) and then fails to parse: for an encrypted key, that is the passphrase
                if (encrypted) {
                    throw new SshKeyException(Problem.PASSPHRASE_INCORRECT,
                            "the passphrase does not open the private key (or the key is damaged)");
                }
                throw malformed();
            }
            pair = ed25519;
        }
        return new Opened(pair, new SshKeyInfo(type(pair.getPublic()), shown, encrypted,
                SshPublicKey.ofBlob(new Buffer.PlainBuffer().putPublicKey(pair.getPublic()).getCompactData())));
    }

    private static KeyFormat detect(String key) throws SshKeyException {
        try {
            return KeyProviderUtil.detectKeyFileFormat(key, false);
        } catch (IOException e) {
            throw malformed();
        }
    }

    private static SshKeyType type(PublicKey key) throws SshKeyException {
        return switch (KeyType.fromKey(key)) {
            case ED25519 -> SshKeyType.ED25519;
            case RSA -> SshKeyType.RSA;
            case ECDSA256, ECDSA384, ECDSA521 -> SshKeyType.ECDSA;
            case DSA -> {
                refuseDsa(true);
                yield null;
            }
            default -> throw new SshKeyException(Problem.UNSUPPORTED,
                    "only ed25519, RSA and ECDSA keys are taken");
        };
    }

    private static void refuseDsa(boolean dsa) throws SshKeyException {
        if (dsa) {
            throw new SshKeyException(Problem.UNSUPPORTED,
                    "DSA keys are not taken (OpenSSH turned them off): use an ed25519, RSA or ECDSA key");
        }
    }

    private static SshKeyException malformed() {
        return new SshKeyException(Problem.MALFORMED, "the private key could not be read (damaged or incomplete)");
    }
}

package dev.appaloft.core.credentials;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyInfo;
import dev.appaloft.api.ssh.SshKeyReader;
import dev.appaloft.api.ssh.SshPublicKey;
import dev.appaloft.core.secrets.SecretBox;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads a private key given to a credential or a server (through the {@link SshKeyReader} the SSH
 * runtime module provides) and seals it. Every refusal names its field ({@code privateKey},
 * {@code passphrase}, {@code publicKey}, under a prefix such as {@code credential.}) and never
 * repeats what was given.
 */
public final class SshKeys {

    /** Longer than any key file ssh-keygen writes (a 16384-bit RSA key is about 12,700 characters). */
    public static final int MAX_PRIVATE_KEY = 32_768;
    public static final int MAX_PASSPHRASE = 1_024;

    private static final class Discovered {
        static final Optional<SshKeyReader> READER = ServiceLoader.load(SshKeyReader.class,
                SshKeyReader.class.getClassLoader()).findFirst();
    }

    private final Optional<SshKeyReader> reader;

    private SshKeys(Optional<SshKeyReader> reader) {
        this.reader = reader;
    }

    /** The reader on the class path (appaloft-runtime-ssh), if there is one. */
    public static SshKeys discovered() {
        return new SshKeys(Discovered.READER);
    }

    /**
     * @param prefix    the fields' path prefix ({@code ""} or {@code "credential."})
     * @param publicKey a public key the caller expects, or null
     */
    public SealedKey seal(SecretBox box, String prefix, String privateKey, String passphrase, String publicKey) {
        SshKeyReader keyReader = reader.orElseThrow(() -> new AppaloftException(ErrorCode.SSH_KEY_READER_MISSING,
                "SSH keys cannot be read: add the appaloft-runtime-ssh module to the class path"));
        String given = passphrase == null || passphrase.isEmpty() ? null : passphrase;
        SshKeyInfo info;
        try {
            info = keyReader.read(privateKey, given);
        } catch (SshKeyException e) {
            throw refused(e, prefix);
        } catch (RuntimeException e) {
            // a reader's own failure on odd input: the key is what is wrong (its message may quote it)
            throw field(ErrorCode.SSH_PRIVATE_KEY_INVALID, prefix + "privateKey", "the private key could not be read");
        }
        if (publicKey != null) {
            SshPublicKey expected;
            try {
                expected = SshPublicKey.parse(publicKey);
            } catch (IllegalArgumentException e) {
                throw field(ErrorCode.SSH_PUBLIC_KEY_INVALID, prefix + "publicKey", e.getMessage());
            }
            if (!expected.equals(info.publicKey())) {
                throw field(ErrorCode.SSH_PUBLIC_KEY_MISMATCH, prefix + "publicKey",
                        "the public key is not the private key's (that one is " + info.publicKey().fingerprint() + ")");
            }
        }
        return new SealedKey(info.type(), info.publicKey().openSsh(), info.publicKey().fingerprint(), box.seal(privateKey),
                info.encrypted() ? box.seal(given) : null);
    }

    private static AppaloftException refused(SshKeyException e, String prefix) {
        return switch (e.problem()) {
            case MALFORMED -> field(ErrorCode.SSH_PRIVATE_KEY_INVALID, prefix + "privateKey", e.getMessage());
            case UNSUPPORTED -> field(ErrorCode.SSH_PRIVATE_KEY_UNSUPPORTED, prefix + "privateKey", e.getMessage());
            case PASSPHRASE_REQUIRED ->
                    field(ErrorCode.SSH_PRIVATE_KEY_PASSPHRASE_REQUIRED, prefix + "passphrase", e.getMessage());
            case PASSPHRASE_INCORRECT ->
                    field(ErrorCode.SSH_PRIVATE_KEY_PASSPHRASE_INCORRECT, prefix + "passphrase", e.getMessage());
        };
    }

    private static AppaloftException field(ErrorCode code, String field, String message) {
        return new AppaloftException(code, message, List.of(Issue.custom(field, message)), Map.of("field", field), null);
    }
}

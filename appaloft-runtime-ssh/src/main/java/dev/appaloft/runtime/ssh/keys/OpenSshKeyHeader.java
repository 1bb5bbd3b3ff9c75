package dev.appaloft.runtime.ssh.keys;

import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyException.Problem;
import dev.appaloft.api.ssh.SshPublicKey;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The unencrypted header of an {@code openssh-key-v1} file: the cipher the key is sealed with
 * (which tells "no passphrase given" apart from "wrong passphrase": sshj answers both alike) and
 * the algorithm of the public key (so a DSA key is refused as such, not as damaged).
 */
record OpenSshKeyHeader(String cipher, String algorithm) {

    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private static final String END = "-----END OPENSSH PRIVATE KEY-----";

    boolean encrypted() {
        return !"none".equals(cipher);
    }

    static OpenSshKeyHeader of(String key) throws SshKeyException {
        int begin = key.indexOf(BEGIN);
        int end = key.indexOf(END);
        if (begin < 0 || end < begin) {
            throw malformed();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getMimeDecoder().decode(key.substring(begin + BEGIN.length(), end)));
            for (byte b : MAGIC) {
                if (!in.hasRemaining() || in.get() != b) {
                    throw malformed();
                }
            }
            String cipher = new String(field(in), StandardCharsets.US_ASCII);
            field(in); // kdf name
            field(in); // kdf options
            if (in.getInt() != 1) {
                throw malformed(); // ssh-keygen writes one key per file
            }
            return new OpenSshKeyHeader(cipher, SshPublicKey.ofBlob(field(in)).algorithm());
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            throw malformed();
        }
    }

    private static byte[] field(ByteBuffer in) throws SshKeyException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw malformed();
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    private static SshKeyException malformed() {
        return new SshKeyException(Problem.MALFORMED, "the OpenSSH private key is damaged or incomplete");
    }
}

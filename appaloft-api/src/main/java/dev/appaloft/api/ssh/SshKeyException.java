package dev.appaloft.api.ssh;

import java.util.Objects;

/** Why a private key could not be read. Messages never contain key material. */
public final class SshKeyException extends Exception {

    public enum Problem {
        /** Not a private key this reader understands (garbage, truncated, a public key). */
        MALFORMED,
        /** A private key, but of a type or format credentials do not take (DSA, PuTTY). */
        UNSUPPORTED,
        /** The key is encrypted and no passphrase was given. */
        PASSPHRASE_REQUIRED,
        /** The key is encrypted and the passphrase given does not open it. */
        PASSPHRASE_INCORRECT
    }

    private final Problem problem;

    public SshKeyException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}

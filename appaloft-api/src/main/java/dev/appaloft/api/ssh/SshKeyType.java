package dev.appaloft.api.ssh;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The key types a credential may hold. DSA keys are refused: OpenSSH turned them off long ago. */
public enum SshKeyType {
    ED25519, RSA, ECDSA;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

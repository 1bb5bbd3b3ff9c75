package dev.appaloft.api.ssh;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a private key file is written: OpenSSH's own format ({@code BEGIN OPENSSH PRIVATE KEY}) or
 * PEM (PKCS#1 {@code BEGIN RSA PRIVATE KEY}, SEC1 {@code BEGIN EC PRIVATE KEY}, PKCS#8
 * {@code BEGIN [ENCRYPTED] PRIVATE KEY}).
 */
public enum SshKeyFormat {
    OPENSSH, PEM;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

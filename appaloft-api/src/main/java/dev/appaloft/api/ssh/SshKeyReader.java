package dev.appaloft.api.ssh;

/**
 * Reads an SSH private key: what kind of key it is, and its public half. The SSH runtime module
 * provides the implementation (found with {@link java.util.ServiceLoader}), so the control plane's
 * core reads keys without depending on an SSH library.
 */
public interface SshKeyReader {

    /**
     * @param privateKey the key file's text (OpenSSH or PEM)
     * @param passphrase the passphrase of an encrypted key; {@code null} when none was given
     * @throws SshKeyException when the key cannot be read, says why (never echoing the key)
     */
    SshKeyInfo read(String privateKey, String passphrase) throws SshKeyException;
}

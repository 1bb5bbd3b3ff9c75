package dev.appaloft.runtime.ssh.keys;

import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyInfo;
import dev.appaloft.api.ssh.SshKeyReader;

/** The {@link SshKeyReader} the core finds through {@link java.util.ServiceLoader}: {@link PrivateKeys} with sshj. */
public final class SshjKeyReader implements SshKeyReader {

    @Override
    public SshKeyInfo read(String privateKey, String passphrase) throws SshKeyException {
        return PrivateKeys.open(privateKey, passphrase).info();
    }
}

package dev.appaloft.api;

import static dev.appaloft.api.catalog.ServerOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.credentials.*;

/**
 * The {@code credentials.ssh.*} operations: reusable SSH private keys that servers log in with.
 * Private keys and passphrases go in and are never given back.
 */
public final class SshCredentialsApi {

    private final OperationExecutor executor;

    public SshCredentialsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public CreatedSshCredential create(CreateSshCredentialInput input) {
        return executor.execute(CREDENTIALS_SSH_CREATE, input);
    }

    public SshCredentialList list(ListSshCredentialsInput input) {
        return executor.execute(CREDENTIALS_SSH_LIST, input);
    }

    public SshCredentialDetail show(String credentialId) {
        return executor.execute(CREDENTIALS_SSH_SHOW, new ShowSshCredentialInput(credentialId, null));
    }

    public IdOutput delete(DeleteSshCredentialInput input) {
        return executor.execute(CREDENTIALS_SSH_DELETE, input);
    }

    public RotatedSshCredential rotate(RotateSshCredentialInput input) {
        return executor.execute(CREDENTIALS_SSH_ROTATE, input);
    }
}

package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.identity.*;

/** The {@code account.*} operations: the signed-in user's own profile and sessions. */
public final class AccountApi {

    private final OperationExecutor executor;

    public AccountApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public AccountProfile showProfile() {
        return executor.execute(ACCOUNT_SHOW_PROFILE, new ShowAccountProfileInput());
    }

    public AccountProfile changeProfile(ChangeAccountProfileInput input) {
        return executor.execute(ACCOUNT_CHANGE_PROFILE, input);
    }

    public AccountSessionList listSessions() {
        return executor.execute(ACCOUNT_LIST_SESSIONS, new ListAccountSessionsInput());
    }

    public RevokedSession revokeSession(String sessionId) {
        return executor.execute(ACCOUNT_REVOKE_SESSION, new RevokeAccountSessionInput(sessionId, null));
    }

    public DeletedAccount delete(String userId) {
        return executor.execute(ACCOUNT_DELETE, new DeleteAccountInput(new DeleteAccountInput.Confirmation(userId), null));
    }
}

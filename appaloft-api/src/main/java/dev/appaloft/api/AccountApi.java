package dev.appaloft.api;

import static dev.appaloft.api.catalog.AppaloftOperations.*;

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

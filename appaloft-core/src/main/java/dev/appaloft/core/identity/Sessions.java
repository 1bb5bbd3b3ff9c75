package dev.appaloft.core.identity;

import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ending sessions, inside a unit of work: the session gives up its token and leaves its user's list. */
final class Sessions {

    private Sessions() {
    }

    /** Revokes one session of {@code userId} and takes it off the user's list. */
    static void revoke(UnitOfWork uow, String userId, String sessionId) {
        revokeDocument(uow, sessionId);
        IdentityRepository.USERS.find(uow.tx(), userId).ifPresent(user -> {
            List<String> ids = new ArrayList<>(user.value().sessionIds());
            if (ids.remove(sessionId)) {
                IdentityRepository.USERS.update(uow.tx(), user, user.value().withSessions(ids, uow.now()), uow.now());
            }
        });
    }

    /** Revokes every session of a user (account deleted). The caller updates the user itself. */
    static void revokeAll(UnitOfWork uow, List<String> sessionIds) {
        sessionIds.forEach(id -> revokeDocument(uow, id));
    }

    static void revokeDocument(UnitOfWork uow, String sessionId) {
        IdentityRepository.SESSIONS.find(uow.tx(), sessionId).filter(s -> s.value().revokedAt() == null)
                .ifPresent(s -> {
                    IdentityRepository.SESSIONS.update(uow.tx(), s, s.value().revoke(uow.now()), uow.now());
                    uow.event("session.revoked", sessionId, Map.of("userId", s.value().userId()));
                });
    }

    static boolean owns(Versioned<User> user, String sessionId) {
        return user.value().sessionIds().contains(sessionId);
    }
}

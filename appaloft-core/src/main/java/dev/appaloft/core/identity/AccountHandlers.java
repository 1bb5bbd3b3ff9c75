package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.*;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code account.*}: the signed-in user's own profile, sessions and account. */
final class AccountHandlers {

    private final CoreContext ctx;

    AccountHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    AccountProfile show(ShowAccountProfileInput input, Actor actor) {
        return ctx.read(r -> IdentityRepository.requireSelf(r, actor).value().profile());
    }

    AccountProfile change(ChangeAccountProfileInput input, Actor actor) {
        Validation v = new Validation();
        String displayName = v.optionalText("displayName", input.displayName(), 120);
        String avatarUrl = Urls.optional(v, "avatarUrl", input.avatarUrl());
        v.throwIfInvalid();
        return ctx.command(actor, "account.changeProfile", uow -> {
            Versioned<User> self = IdentityRepository.requireSelf(uow.tx(), actor);
            User user = self.value();
            User changed = user.profile(displayName != null ? displayName : user.displayName(),
                    input.avatarUrl() == null ? user.avatarUrl() : avatarUrl, uow.now());
            IdentityRepository.USERS.update(uow.tx(), self, changed, uow.now());
            uow.event("account.profile-changed", user.id(), Map.of());
            return changed.profile();
        });
    }

    AccountSessionList sessions(ListAccountSessionsInput input, Actor actor) {
        return ctx.read(r -> {
            Versioned<User> self = IdentityRepository.requireSelf(r, actor);
            Instant now = ctx.now();
            List<UserSession> live = new ArrayList<>();
            for (String id : self.value().sessionIds()) {
                IdentityRepository.SESSIONS.find(r, id).map(Versioned::value).filter(s -> s.liveAt(now)).ifPresent(live::add);
            }
            live.sort(Comparator.comparing(UserSession::createdAt).reversed());
            return new AccountSessionList(live.stream().map(s -> new AccountSessionView(s.id(), s.userId(),
                    s.clientKind(), null, Timestamps.format(s.createdAt()), Timestamps.format(s.expiresAt()),
                    s.ipAddress(), s.userAgent(), s.id().equals(actor.sessionId()),
                    Timestamps.format(s.lastActiveAt()))).toList(), null);
        });
    }

    RevokedSession revoke(RevokeAccountSessionInput input, Actor actor) {
        return ctx.command(actor, "account.revokeSession", uow -> {
            Versioned<User> self = IdentityRepository.requireSelf(uow.tx(), actor);
            // another user's session reads as absent
            if (!Sessions.owns(self, input.sessionId())) {
                throw AppaloftException.notFound("session", input.sessionId());
            }
            Sessions.revoke(uow, self.value().id(), input.sessionId());
            return new RevokedSession(input.sessionId(), Timestamps.format(uow.now()));
        });
    }

    DeletedAccount delete(DeleteAccountInput input, Actor actor) {
        String confirmed = input.confirmation() == null ? null : input.confirmation().userId();
        if (!actor.id().equals(confirmed)) {
            throw AppaloftException.validation("confirmation.userId", "confirmation.userId must repeat your user id");
        }
        return ctx.command(actor, "account.delete", uow -> {
            Versioned<User> self = IdentityRepository.requireSelf(uow.tx(), actor);
            for (String organizationId : self.value().organizationIds()) {
                IdentityRepository.membership(uow.tx(), organizationId, actor.id()).ifPresent(m -> {
                    AppaloftException refused = Memberships.refusal(Actor.Role.OWNER, m.value().role(), null,
                            IdentityRepository.owners(uow.tx(), organizationId));
                    if (refused != null) {
                        throw refused;
                    }
                    IdentityRepository.MEMBERSHIPS.delete(uow.tx(), m);
                });
            }
            Sessions.revokeAll(uow, self.value().sessionIds());
            IdentityRepository.USERS.update(uow.tx(), IdentityRepository.USERS.find(uow.tx(), actor.id()).orElseThrow(),
                    self.value().delete(uow.now()), uow.now());
            uow.event("account.deleted", actor.id(), Map.of());
            return new DeletedAccount(actor.id(), Timestamps.format(uow.now()));
        });
    }
}

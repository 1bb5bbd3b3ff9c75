package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Versioned;
import java.util.Map;

/**
 * Joining and leaving organizations, and the rules on owners: only an owner hands out or takes
 * away the owner role, and an organization always keeps at least one owner.
 */
final class Memberships {

    private Memberships() {
    }

    static Membership join(UnitOfWork uow, String userId, String organizationId, Actor.Role role) {
        Membership membership = new Membership(Ids.next("mem"), organizationId, userId, role, uow.now());
        IdentityRepository.MEMBERSHIPS.insert(uow.tx(), membership, uow.now());
        Versioned<User> user = IdentityRepository.USERS.find(uow.tx(), userId).orElseThrow();
        IdentityRepository.USERS.update(uow.tx(), user, user.value().joined(organizationId, uow.now()), uow.now());
        uow.event("organization.member-added", membership.id(), Map.of("organizationId", organizationId,
                "userId", userId, "role", role.wire()));
        return membership;
    }

    static void leave(UnitOfWork uow, Versioned<Membership> membership) {
        IdentityRepository.MEMBERSHIPS.delete(uow.tx(), membership);
        Membership m = membership.value();
        IdentityRepository.USERS.find(uow.tx(), m.userId()).ifPresent(user -> IdentityRepository.USERS.update(uow.tx(),
                user, user.value().left(m.organizationId(), uow.now()), uow.now()));
    }

    /**
     * Whether a caller of {@code callerRole} may move a member from {@code current} to {@code next}
     * (null: remove them), with {@code owners} owners in the organization now. Returns the refusal,
     * or null when the change is allowed.
     */
    public static AppaloftException refusal(Actor.Role callerRole, Actor.Role current, Actor.Role next, long owners) {
        boolean touchesOwner = current == Actor.Role.OWNER || next == Actor.Role.OWNER;
        if (touchesOwner && callerRole != Actor.Role.OWNER) {
            return new AppaloftException(IdentityErrors.OWNER_ROLE_NEEDS_OWNER,
                    "only an owner can grant, change or remove the owner role");
        }
        if (current == Actor.Role.OWNER && next != Actor.Role.OWNER && owners <= 1) {
            return new AppaloftException(IdentityErrors.LAST_OWNER,
                    "the organization's last owner cannot be removed or demoted; transfer ownership first");
        }
        return null;
    }
}

package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code organizations.*} about people: members, invitations, roles and ownership. */
final class MemberHandlers {

    static final Duration INVITATION_TTL = Duration.ofDays(7);
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 250;

    private final CoreContext ctx;

    MemberHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    MemberList members(ListMembersInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        return ctx.read(r -> {
            String org = IdentityRepository.requireCurrent(r, actor, input.organizationId()).value().id();
            DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(org)).limit(limit + 1);
            if (Validation.filter(input.cursor()) != null) {
                Membership after = IdentityRepository.requireMember(r, org, input.cursor()).value();
                query = query.after(after.joinedAt(), after.id());
            }
            List<Versioned<Membership>> page = IdentityRepository.MEMBERSHIPS.query(r, query);
            boolean more = page.size() > limit;
            List<MemberView> items = page.stream().limit(limit).map(m -> view(r, m.value())).toList();
            return new MemberList(items, more ? items.get(items.size() - 1).memberId() : null);
        });
    }

    InvitationList invitations(ListInvitationsInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        return ctx.read(r -> {
            String org = IdentityRepository.requireCurrent(r, actor, input.organizationId()).value().id();
            Instant now = ctx.now();
            DocumentQuery query = invitationsWithStatus(IdentityRepository.INVITATIONS.scope(org), input.status(), now)
                    .newestFirst().limit(limit + 1);
            String cursor = Validation.filter(input.cursor());
            if (cursor != null) {
                Optional<Versioned<Invitation>> after = IdentityRepository.INVITATIONS.findIn(r, org, cursor);
                if (after.isEmpty()) {
                    return new InvitationList(List.of(), null); // a cursor from another list pages nowhere
                }
                query = query.after(after.get().value().createdAt(), cursor);
            }
            List<InvitationView> items = IdentityRepository.INVITATIONS.values(r, query).stream()
                    .map(i -> view(r, i, now, null)).toList();
            boolean more = items.size() > limit;
            List<InvitationView> page = more ? items.subList(0, limit) : items;
            return new InvitationList(page, more ? page.get(page.size() - 1).invitationId() : null);
        });
    }

    /**
     * The stored status is what was decided; "expired" is a pending invitation past its expiry, so
     * both come from the status and expiry columns together.
     */
    private static DocumentQuery invitationsWithStatus(DocumentQuery query, InvitationStatus status, Instant now) {
        long after = now.toEpochMilli() + 1; // expiry is stored to the millisecond; pending while expiresAt > now
        if (status == null) {
            return query;
        }
        return switch (status) {
            case PENDING -> query.anyOf(IndexFields.STATUS, Set.of(InvitationStatus.PENDING.wire()))
                    .atLeast(IdentityRepository.EXPIRES_AT, after);
            case EXPIRED -> query.anyOf(IndexFields.STATUS, Set.of(InvitationStatus.PENDING.wire()))
                    .below(IdentityRepository.EXPIRES_AT, after);
            default -> query.anyOf(IndexFields.STATUS, Set.of(status.wire()));
        };
    }

    InvitationView invite(InviteMemberInput input, Actor actor) {
        Validation v = new Validation();
        String email = Emails.check(v, "email", input.email());
        v.required("role", input.role()).throwIfInvalid();
        if (input.role() == Actor.Role.OWNER && actor.role() != Actor.Role.OWNER) {
            throw Memberships.refusal(actor.role(), null, Actor.Role.OWNER, 0);
        }
        String token = TokenSecrets.generate(TokenSecrets.INVITATION_PREFIX);
        return ctx.command(actor, "organizations.inviteMember", uow -> {
            String org = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId()).value().id();
            IdentityRepository.userByEmail(uow.tx(), email)
                    .filter(u -> IdentityRepository.membership(uow.tx(), org, u.value().id()).isPresent())
                    .ifPresent(u -> {
                        throw new AppaloftException(IdentityErrors.ALREADY_MEMBER, email + " is a member already");
                    });
            // a new invitation for the same email replaces a pending one (its token stops working)
            for (Versioned<Invitation> pending : IdentityRepository.INVITATIONS.query(uow.tx(), DocumentQuery.where(
                    DocumentIndex.ofOrganization(org).with(IndexFields.STATUS, InvitationStatus.PENDING.wire())))) {
                if (pending.value().email().equals(email)) {
                    IdentityRepository.INVITATIONS.update(uow.tx(), pending, pending.value().revoke(uow.now()), uow.now());
                }
            }
            Invitation invitation = new Invitation(Ids.next("inv"), org, email, input.role(), InvitationStatus.PENDING,
                    TokenSecrets.hash(token), actor.id(), uow.now(), uow.now().plus(INVITATION_TTL), null, null);
            IdentityRepository.INVITATIONS.insert(uow.tx(), invitation, uow.now());
            uow.event("organization.member-invited", invitation.id(), Map.of("email", email, "role", input.role().wire()));
            return view(uow.tx(), invitation, uow.now(), token);
        });
    }

    MemberView updateRole(UpdateMemberRoleInput input, Actor actor) {
        new Validation().required("role", input.role()).throwIfInvalid();
        return ctx.command(actor, "organizations.updateMemberRole", uow -> {
            String org = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId()).value().id();
            Versioned<Membership> member = IdentityRepository.requireMember(uow.tx(), org, input.memberId());
            refuseIf(Memberships.refusal(actor.role(), member.value().role(), input.role(),
                    IdentityRepository.owners(uow.tx(), org)));
            Membership changed = member.value().withRole(input.role());
            if (changed.role() != member.value().role()) {
                IdentityRepository.MEMBERSHIPS.update(uow.tx(), member, changed, uow.now());
                uow.event("organization.member-role-changed", changed.id(), Map.of("userId", changed.userId(),
                        "previousRole", member.value().role().wire(), "role", changed.role().wire()));
            }
            return view(uow.tx(), changed);
        });
    }

    RemovedMember remove(RemoveMemberInput input, Actor actor) {
        return ctx.command(actor, "organizations.removeMember", uow -> {
            String org = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId()).value().id();
            Versioned<Membership> member = IdentityRepository.requireMember(uow.tx(), org, input.memberId());
            refuseIf(Memberships.refusal(actor.role(), member.value().role(), null,
                    IdentityRepository.owners(uow.tx(), org)));
            Memberships.leave(uow, member);
            uow.event("organization.member-removed", member.value().id(), Map.of("userId", member.value().userId()));
            return new RemovedMember(member.value().id(), org, Timestamps.format(uow.now()));
        });
    }

    OwnershipTransferred transfer(TransferOwnerInput input, Actor actor) {
        new Validation().required("fromMemberId", input.fromMemberId()).required("toMemberId", input.toMemberId())
                .throwIfInvalid();
        return ctx.command(actor, "organizations.transferOwner", uow -> {
            String org = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId()).value().id();
            if (input.fromMemberId().equals(input.toMemberId())) {
                throw AppaloftException.validation("toMemberId", "toMemberId must be another member than fromMemberId");
            }
            Versioned<Membership> from = IdentityRepository.requireMember(uow.tx(), org, input.fromMemberId());
            Versioned<Membership> to = IdentityRepository.requireMember(uow.tx(), org, input.toMemberId());
            if (!from.value().isOwner()) {
                throw AppaloftException.validation("fromMemberId", "fromMemberId must be an owner");
            }
            Membership newOwner = to.value().withRole(Actor.Role.OWNER);
            Membership previous = from.value().withRole(Actor.Role.ADMIN);
            IdentityRepository.MEMBERSHIPS.update(uow.tx(), to, newOwner, uow.now());
            IdentityRepository.MEMBERSHIPS.update(uow.tx(), from, previous, uow.now());
            uow.event("organization.ownership-transferred", org, Map.of("fromUserId", previous.userId(),
                    "toUserId", newOwner.userId()));
            return new OwnershipTransferred(view(uow.tx(), previous), view(uow.tx(), newOwner),
                    Timestamps.format(uow.now()));
        });
    }

    private static void refuseIf(AppaloftException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    static MemberView view(StoreReader r, Membership m) {
        User user = IdentityRepository.user(r, m.userId()).map(Versioned::value).orElse(null);
        return new MemberView(m.id(), m.userId(), m.role(), Timestamps.format(m.joinedAt()),
                user == null ? null : user.avatarUrl(), user == null ? null : user.displayName(),
                user == null ? null : user.email(), user == null ? MemberStatus.DEACTIVATED : MemberStatus.ACTIVE);
    }

    private static InvitationView view(StoreReader r, Invitation i, Instant now, String token) {
        User inviter = IdentityRepository.user(r, i.inviterUserId()).map(Versioned::value).orElse(null);
        return new InvitationView(i.id(), i.organizationId(), i.email(), i.role(), i.statusAt(now),
                Timestamps.format(i.createdAt()), Timestamps.format(i.expiresAt()),
                new InvitationView.Inviter(i.inviterUserId(), inviter == null ? null : inviter.displayName(),
                        inviter == null ? null : inviter.email()), token);
    }

}

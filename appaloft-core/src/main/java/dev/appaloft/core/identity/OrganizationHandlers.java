package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code organizations.*} about the organization itself: context, switching, profile, deletion. */
final class OrganizationHandlers {

    private final CoreContext ctx;

    OrganizationHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    OrganizationContext context(CurrentOrganizationContextInput input, Actor actor) {
        return ctx.read(r -> context(r, IdentityRepository.requireSelf(r, actor).value(), actor.organizationId()));
    }

    OrganizationContext switchCurrent(SwitchOrganizationInput input, Actor actor) {
        String target = input.organizationId();
        return ctx.command(actor, "organizations.switchCurrent", uow -> {
            Versioned<User> self = IdentityRepository.requireSelf(uow.tx(), actor);
            // an organization the caller does not belong to reads as absent
            if (IdentityRepository.membership(uow.tx(), target, actor.id()).isEmpty()
                    || IdentityRepository.organization(uow.tx(), target).isEmpty()) {
                throw AppaloftException.notFound("organization", String.valueOf(target));
            }
            if (actor.sessionId() != null) {
                IdentityRepository.SESSIONS.find(uow.tx(), actor.sessionId())
                        .filter(s -> s.value().userId().equals(actor.id()))
                        .ifPresent(s -> IdentityRepository.SESSIONS.update(uow.tx(), s, s.value().inOrganization(target),
                                uow.now()));
            }
            IdentityRepository.USERS.update(uow.tx(), self, self.value().switchedTo(target, uow.now()), uow.now());
            uow.event("organization.switched", actor.id(), Map.of("organizationId", target));
            return context(uow.tx(), self.value(), target);
        });
    }

    OrganizationProfile show(ShowOrganizationProfileInput input, Actor actor) {
        return ctx.read(r -> profile(IdentityRepository.requireCurrent(r, actor, input.organizationId()).value(), actor));
    }

    OrganizationProfile change(ChangeOrganizationProfileInput input, Actor actor) {
        Validation v = new Validation();
        String name = v.optionalText("name", input.name(), 120);
        String slug = OrganizationSlugs.check(v, "slug", input.slug());
        String logoUrl = Urls.optional(v, "logoUrl", input.logoUrl());
        v.throwIfInvalid();
        return ctx.command(actor, "organizations.changeProfile", uow -> {
            Versioned<Organization> current = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId());
            Organization org = current.value();
            Organization changed = org.profile(name != null ? name : org.name(), slug != null ? slug : org.slug(),
                    input.logoUrl() == null ? org.logoUrl() : logoUrl, uow.now());
            try {
                IdentityRepository.ORGANIZATIONS.update(uow.tx(), current, changed, uow.now());
            } catch (StoreConflictException e) {
                if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
                    throw OrganizationSlugs.taken(changed.slug());
                }
                throw e;
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("name", changed.name());
            payload.put("slug", changed.slug());
            uow.event("organization.profile-changed", org.id(), payload);
            return profile(changed, actor);
        });
    }

    DeletedOrganization delete(DeleteOrganizationInput input, Actor actor) {
        String confirmed = input.confirmation() == null ? null : input.confirmation().organizationId();
        return ctx.command(actor, "organizations.delete", uow -> {
            Versioned<Organization> current = IdentityRepository.requireCurrent(uow.tx(), actor, input.organizationId());
            if (!current.value().id().equals(confirmed)) {
                throw AppaloftException.validation("confirmation.organizationId",
                        "confirmation.organizationId must repeat the organization id");
            }
            if (current.value().id().equals(BuiltInOrganization.ID)) {
                throw new AppaloftException(IdentityErrors.BUILT_IN_ORGANIZATION,
                        "the instance's built-in organization cannot be deleted");
            }
            refuseWhileItOwnsWork(uow, current.value().id());
            for (Versioned<Membership> member : IdentityRepository.members(uow.tx(), current.value().id())) {
                Memberships.leave(uow, member);
            }
            IdentityRepository.ORGANIZATIONS.update(uow.tx(), current, current.value().delete(uow.now()), uow.now());
            uow.event("organization.deleted", current.value().id(), Map.of());
            return new DeletedOrganization(current.value().id(), Timestamps.format(uow.now()));
        });
    }

    /**
     * An organization that still has projects is not deleted: their resources (and what runs for
     * them) would be left with nobody able to reach them. Delete the projects first.
     */
    private static void refuseWhileItOwnsWork(UnitOfWork uow, String organizationId) {
        long projects = uow.tx().count(StoreCollections.PROJECTS, DocumentQuery.where(
                DocumentIndex.ofOrganization(organizationId)).statusNotIn(java.util.Set.of("deleted")));
        if (projects > 0) {
            throw new AppaloftException(IdentityErrors.ORGANIZATION_DELETE_BLOCKED, "organization " + organizationId
                    + " still has " + projects + " project(s); delete them first", List.of(),
                    Map.of("projects", projects), null);
        }
    }

    static OrganizationProfile profile(Organization org, Actor actor) {
        return new OrganizationProfile(org.id(), org.name(), org.slug(), actor.role(), Permissions.of(actor.role()),
                org.logoUrl(), Timestamps.format(org.createdAt()), Timestamps.format(org.updatedAt()));
    }

    private static OrganizationContext context(StoreReader r, User user, String currentId) {
        List<OrganizationSummary> organizations = new ArrayList<>();
        OrganizationSummary current = null;
        for (String organizationId : user.organizationIds()) {
            var org = IdentityRepository.organization(r, organizationId);
            var membership = IdentityRepository.membership(r, organizationId, user.id());
            if (org.isEmpty() || membership.isEmpty()) {
                continue;
            }
            OrganizationSummary summary = new OrganizationSummary(organizationId, org.get().value().name(),
                    org.get().value().slug(), membership.get().value().role());
            organizations.add(summary);
            if (organizationId.equals(currentId)) {
                current = summary;
            }
        }
        if (current == null) {
            throw AppaloftException.notFound("organization", currentId);
        }
        return new OrganizationContext(new OrganizationContext.User(user.id(), user.email(), user.displayName(),
                user.avatarUrl()), current, organizations, LoginMethod.offered(), Permissions.of(current.role()));
    }
}

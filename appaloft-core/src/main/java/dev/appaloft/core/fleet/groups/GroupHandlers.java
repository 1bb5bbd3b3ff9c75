package dev.appaloft.core.fleet.groups;

import static dev.appaloft.api.catalog.AlienOperations.*;

import dev.appaloft.api.fleet.DeploymentGroupList;
import dev.appaloft.api.fleet.DeploymentGroupToken;
import dev.appaloft.api.fleet.DeploymentGroupView;
import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.fleet.tokens.TokenMinter;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import java.util.List;
import java.util.Map;

/**
 * Deployment groups: admins create them and mint their enrolment tokens; a group or deployment
 * token sees its own group only (the original listed every group to any token).
 */
public final class GroupHandlers {

    static final int MAX_GROUPS_LISTED = 1000;
    private static final long MAX_QUOTA = 1_000_000;

    private GroupHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, FleetAccess access) {
        registry.register(CREATE_DEPLOYMENT_GROUP, (in, actor) -> {
            FleetAccess.requireAdmin(access.principal(actor));
            Validation v = new Validation();
            String name = v.text("name", in.name(), 200);
            long max = in.maxDeployments() == null ? DeploymentGroup.DEFAULT_MAX_DEPLOYMENTS : in.maxDeployments();
            v.check(max >= 1 && max <= MAX_QUOTA, "maxDeployments", "maxDeployments must be between 1 and " + MAX_QUOTA);
            v.throwIfInvalid();
            return ctx.command(actor, CREATE_DEPLOYMENT_GROUP.key(), uow -> {
                DeploymentGroup group = new DeploymentGroup(Ids.next("dg"), actor.organizationId(), name, max, 0, uow.now());
                GroupRepository.insert(uow.tx(), group);
                uow.event("deployment_group.created", group.id(), Map.of("name", name, "maxDeployments", max));
                return group.view();
            });
        });
        registry.register(LIST_DEPLOYMENT_GROUPS, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            List<DeploymentGroupView> items = ctx.read(r -> p.isAdmin()
                    ? GroupRepository.list(r, p.organizationId(), MAX_GROUPS_LISTED).stream().map(DeploymentGroup::view).toList()
                    : GroupRepository.find(r, p.organizationId(), p.groupId()).stream().map(g -> g.value().view()).toList());
            return new DeploymentGroupList(items, null);
        });
        registry.register(GET_DEPLOYMENT_GROUP, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            String id = requireId(in.id());
            if (!FleetAccess.canSeeGroup(p, p.organizationId(), id)) {
                throw FleetFailures.groupNotFound(id);
            }
            return ctx.read(r -> GroupRepository.require(r, p.organizationId(), id)).value().view();
        });
        registry.register(CREATE_DEPLOYMENT_GROUP_TOKEN, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdmin(p);
            String id = requireId(in.id());
            return ctx.command(actor, CREATE_DEPLOYMENT_GROUP_TOKEN.key(), uow -> {
                GroupRepository.require(uow.tx(), p.organizationId(), id);
                TokenMinter.Minted minted = TokenMinter.mint(uow, TokenKind.DEPLOYMENT_GROUP, p.organizationId(), id,
                        null, null);
                return new DeploymentGroupToken(minted.raw(), id);
            });
        });
    }

    static String requireId(String id) {
        Validation v = new Validation();
        String value = v.text("id", id, 200);
        v.throwIfInvalid();
        return value;
    }
}

package dev.appaloft.core.fleet.deployments;

import static dev.appaloft.api.catalog.AlienOperations.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.fleet.CreatedFleetDeployment;
import dev.appaloft.api.fleet.DeletionEnqueued;
import dev.appaloft.api.fleet.DeploymentGroupRef;
import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.FleetDeploymentList;
import dev.appaloft.api.fleet.FleetDeploymentStatus;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.fleet.ResolvedCredentials;
import dev.appaloft.api.fleet.Success;
import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.Issue;
import dev.appaloft.core.fleet.FleetCommands;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.fleet.groups.DeploymentGroup;
import dev.appaloft.core.fleet.groups.GroupRepository;
import dev.appaloft.core.fleet.sync.FleetLeases;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.fleet.tokens.TokenMinter;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fleet deployments: create, list, show, info, redeploy, retry, delete and credentials. What a
 * caller may not see answers 404 (a deployment token sees its own deployment, a group token its
 * group's); what its token kind may never do answers 403.
 */
public final class FleetDeploymentHandlers {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> DELETED = Set.of(FleetDeploymentStatus.DELETED.wire());
    private static final int MAX_LISTED = 10_000;

    private FleetDeploymentHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, FleetAccess access, FleetOptions options) {
        FleetLeases leases = new FleetLeases(ctx.store().leases(), options);
        registry.register(CREATE_DEPLOYMENT, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdminOrGroup(p, "create deployments");
            Validation v = new Validation();
            String name = v.text("name", in.name(), 200);
            v.required("platform", in.platform());
            v.check(in.stackSettings() == null || in.stackSettings().isObject(), "stackSettings",
                    "stackSettings must be an object");
            List<StoredVariable> variables = variables(in.environmentVariables(), v, ctx);
            v.throwIfInvalid();
            String groupId = p.isGroupToken() ? p.groupId() : groupFor(ctx, p, in.deploymentGroupId());
            JsonNode settings = in.stackSettings() == null ? JsonNodeFactory.instance.objectNode() : in.stackSettings();
            return FleetCommands.contended(ctx, actor, CREATE_DEPLOYMENT.key(), uow -> {
                FleetDeployment d = FleetAdmission.admit(uow, p.organizationId(), groupId, name, in.platform(),
                        settings, variables);
                String token = p.isGroupToken() ? TokenMinter.mint(uow, TokenKind.DEPLOYMENT, p.organizationId(),
                        groupId, d.id(), null).raw() : null;
                return new CreatedFleetDeployment(FleetViews.view(d, null), token);
            });
        });
        registry.register(LIST_DEPLOYMENTS, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdminOrGroup(p, "list deployments");
            String group = p.isGroupToken() ? p.groupId() : Validation.filter(in.deploymentGroupId());
            boolean withGroup = in.include() != null && in.include().stream()
                    .anyMatch(i -> i != null && i.trim().equals("deploymentGroup"));
            return ctx.read(r -> {
                Map<String, DeploymentGroupRef> groups = withGroup
                        ? GroupRepository.list(r, p.organizationId(), MAX_LISTED).stream()
                        .collect(Collectors.toMap(DeploymentGroup::id, g -> new DeploymentGroupRef(g.id(), g.name())))
                        : Map.of();
                return new FleetDeploymentList(FleetDeploymentRepository.query(r, FleetDeploymentRepository
                                .scope(p.organizationId(), group).statusNotIn(DELETED).newestFirst().limit(MAX_LISTED))
                        .stream().map(d -> FleetViews.view(d.value(), groups.get(d.value().groupId()))).toList(), null);
            });
        });
        registry.register(GET_DEPLOYMENT, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            return FleetViews.view(visible(ctx, p, in.id()), null);
        });
        registry.register(GET_DEPLOYMENT_INFO, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            return FleetViews.info(visible(ctx, p, in.id()), options.publicUrl());
        });
        registry.register(DELETE_DEPLOYMENT, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdmin(p);
            String id = requireId(in.id());
            boolean held = leases.heldByAnyone(id, ctx.now());
            change(ctx, actor, p, id, DELETE_DEPLOYMENT.key(), "delete", d -> d.requestDelete(held));
            return new DeletionEnqueued("Deployment deletion enqueued");
        });
        registry.register(REDEPLOY, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            change(ctx, actor, p, requireId(in.id()), REDEPLOY.key(), "redeploy", FleetDeployment::redeploy);
            return Success.TRUE;
        });
        registry.register(RETRY_DEPLOYMENT, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            change(ctx, actor, p, requireId(in.id()), RETRY_DEPLOYMENT.key(), "retry", FleetDeployment::requestRetry);
            return Success.TRUE;
        });
        registry.register(RESOLVE_CREDENTIALS, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdminOrGroup(p, "resolve credentials");
            FleetDeployment d = visible(ctx, p, in.deploymentId());
            return new ResolvedCredentials(clientConfig(d, options));
        });
    }

    /** The deployment if the caller may see it; otherwise 404, whether it exists or not. */
    public static FleetDeployment visible(CoreContext ctx, FleetPrincipal p, String id) {
        String checked = requireId(id);
        FleetDeployment d = ctx.read(r -> FleetDeploymentRepository.find(r, p.organizationId(), checked))
                .map(Versioned::value)
                .filter(x -> FleetAccess.canSeeDeployment(p, x.organizationId(), x.groupId(), x.id()))
                .orElseThrow(() -> FleetFailures.deploymentNotFound(checked));
        return d;
    }

    private static void change(CoreContext ctx, dev.appaloft.api.Actor actor, FleetPrincipal p, String id, String key,
                               String cause, UnaryOperator<FleetDeployment> change) {
        ctx.command(actor, key, uow -> {
            Versioned<FleetDeployment> v = FleetDeploymentRepository.find(uow.tx(), p.organizationId(), id)
                    .filter(x -> FleetAccess.canSeeDeployment(p, x.value().organizationId(), x.value().groupId(), id))
                    .orElseThrow(() -> FleetFailures.deploymentNotFound(id));
            FleetDeployment after = change.apply(v.value());
            FleetDeploymentRepository.update(uow.tx(), v, after, uow.now());
            FleetAdmission.statusChanged(uow, v.value(), after, cause);
            FleetAdmission.freeIfDeleted(uow, v.value(), after);
            uow.event("fleet_deployment." + cause + "_requested", id, Map.of("status", after.status().wire()));
            return null;
        });
    }

    /** An admin's deployment goes to the group it names, or to the organization's only group. */
    private static String groupFor(CoreContext ctx, FleetPrincipal p, String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        List<DeploymentGroup> groups = ctx.read(r -> GroupRepository.list(r, p.organizationId(), 2));
        if (groups.isEmpty()) {
            throw FleetFailures.badRequest("No deployment groups exist; create one first");
        }
        if (groups.size() > 1) {
            throw new AppaloftException(FleetErrorCodes.BAD_REQUEST,
                    "deploymentGroupId is required when there is more than one deployment group",
                    List.of(Issue.required("deploymentGroupId", "string")), Map.of(), null);
        }
        return groups.get(0).id();
    }

    static List<StoredVariable> variables(List<EnvironmentVariable> given, Validation v, CoreContext ctx) {
        if (given == null) {
            return List.of();
        }
        List<StoredVariable> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            EnvironmentVariable var = given.get(i);
            List<Object> at = List.of("environmentVariables", i, "name");
            if (var == null || var.name() == null || !VARIABLE_NAME.matcher(var.name()).matches()) {
                v.check(false, at, "a variable name is letters, digits and underscores, not starting with a digit");
                continue;
            }
            v.check(names.add(var.name()), at, "variable " + var.name() + " is given twice");
            v.check(var.value() != null && var.value().length() <= 65_536, List.of("environmentVariables", i, "value"),
                    "a variable needs a value of at most 64 KiB");
            if (var.value() != null) {
                out.add(StoredVariable.seal(var, ctx.secrets()));
            }
        }
        return out;
    }

    private static JsonNode clientConfig(FleetDeployment d, FleetOptions options) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("platform", d.platform().wire());
        switch (d.platform()) {
            case LOCAL -> config.put("stateDirectory", options.localStateDirectory().resolve(d.id()).toString());
            case TEST -> config.put("testId", d.id());
            default -> throw FleetFailures.of(FleetErrorCodes.PLATFORM_NOT_SUPPORTED, "No credentials can be resolved "
                    + "for platform " + d.platform().wire() + ": no provider for it is configured on this server",
                    "deployment_id", d.id(), "platform", d.platform().wire());
        }
        return config;
    }

    static String requireId(String id) {
        Validation v = new Validation();
        String value = v.text("id", id, 200);
        v.throwIfInvalid();
        return value;
    }
}

package dev.appaloft.core.fleet.sync;

import static dev.appaloft.api.catalog.AlienOperations.*;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.fleet.InitializeOutput;
import dev.appaloft.api.fleet.OperatorSyncOutput;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.ReleaseInfo;
import dev.appaloft.api.fleet.SyncTarget;
import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.core.fleet.FleetCommands;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.fleet.deployments.FleetAdmission;
import dev.appaloft.core.fleet.deployments.FleetDeployment;
import dev.appaloft.core.fleet.deployments.FleetDeploymentHandlers;
import dev.appaloft.core.fleet.deployments.FleetDeploymentRepository;
import dev.appaloft.core.fleet.deployments.FleetViews;
import dev.appaloft.core.fleet.releases.ReleaseRepository;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.fleet.tokens.TokenMinter;
import dev.appaloft.core.fleet.tokens.TokenRepository;
import dev.appaloft.core.fleet.tokens.TokenSecrets;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol agents and workers speak: {@code initialize} (enrolment), {@code operator_sync}
 * (is there work?), and {@code acquire} / {@code reconcile} / {@code release} on the store's leases.
 */
public final class SyncHandlers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SyncHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, FleetAccess access, FleetOptions options) {
        FleetLeases leases = new FleetLeases(ctx.store().leases(), options);
        Acquisition acquisition = new Acquisition(ctx, leases);
        Reconciliation reconciliation = new Reconciliation(ctx, leases);
        registry.register(ACQUIRE, (in, actor) -> acquisition.acquire(access.principal(actor), in));
        registry.register(RECONCILE, (in, actor) -> reconciliation.reconcile(actor, access.principal(actor), in));
        registry.register(RELEASE, (in, actor) ->
                reconciliation.release(access.principal(actor), in.deploymentId(), in.session()));
        registry.register(OPERATOR_SYNC, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdminOrDeployment(p, "sync deployments");
            FleetDeployment d = FleetDeploymentHandlers.visible(ctx, p, in.deploymentId());
            return new OperatorSyncOutput(d.hasWork() ? target(ctx, d) : null);
        });
        registry.register(INITIALIZE, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            if (p.isAdmin()) {
                throw FleetFailures.badRequest("Initialize requires a deployment or deployment group token");
            }
            if (p.isDeploymentToken()) {
                FleetDeploymentHandlers.visible(ctx, p, p.deploymentId());
                return new InitializeOutput(p.deploymentId(), null, false);
            }
            Validation v = new Validation();
            String name = v.optionalText("name", in.name(), 200);
            v.throwIfInvalid();
            Platform platform = in.platform() == null ? Platform.KUBERNETES : in.platform();
            return FleetCommands.contended(ctx, actor, INITIALIZE.key(), uow -> {
                Optional<Versioned<FleetDeployment>> existing = name == null ? Optional.empty()
                        : FleetDeploymentRepository.findByName(uow.tx(), p.groupId(), name);
                if (existing.isPresent()) {
                    FleetDeployment d = existing.get().value();
                    if (in.platform() != null && d.platform() != platform) {
                        throw FleetFailures.of(FleetErrorCodes.DEPLOYMENT_NAME_CONFLICT, "Deployment " + name
                                + " of this group runs on " + d.platform().wire() + ", not " + platform.wire(),
                                "deployment_id", d.id(), "name", name);
                    }
                    // the same agent enrolling again (it lost its token): one agent, one valid token
                    access.forget(TokenRepository.deleteForDeployment(uow.tx(), p.organizationId(), d.id()));
                    String token = TokenMinter.mint(uow, TokenKind.DEPLOYMENT, p.organizationId(), p.groupId(), d.id(),
                            "initialize").raw();
                    return new InitializeOutput(d.id(), token, false);
                }
                ObjectNode settings = JsonNodeFactory.instance.objectNode().put("deploymentModel", "pull");
                FleetDeployment d = FleetAdmission.admit(uow, p.organizationId(), p.groupId(),
                        name != null ? name : "agent-" + suffix(), platform, settings, List.of());
                String token = TokenMinter.mint(uow, TokenKind.DEPLOYMENT, p.organizationId(), p.groupId(), d.id(),
                        "initialize").raw();
                return new InitializeOutput(d.id(), token, true);
            });
        });
    }

    /** What the agent should run: the target release's stack for its platform, settings and variables. */
    private static SyncTarget target(CoreContext ctx, FleetDeployment d) {
        String releaseId = d.targetReleaseId();
        ReleaseInfo release = releaseId == null ? null : ctx.read(r -> ReleaseRepository.find(r, d.organizationId(),
                releaseId)).map(r -> r.infoFor(d.platform())).map(i -> ReleaseInfo.of(i.releaseId(), i.stack().deepCopy()))
                .orElse(null);
        List<EnvironmentVariable> variables = FleetViews.variables(d, ctx.secrets());
        SyncTarget.Variables vars = new SyncTarget.Variables(variables, hash(variables),
                Timestamps.format(d.createdAt()));
        return new SyncTarget(release, new SyncTarget.Config(FleetViews.settings(d), vars, false, Map.of()), d.status());
    }

    private static String hash(List<EnvironmentVariable> variables) {
        StringBuilder sb = new StringBuilder();
        for (EnvironmentVariable v : variables) {
            sb.append(v.name()).append('\0').append(v.value()).append('\0').append(v.targetResources()).append('\n');
        }
        return TokenSecrets.hash(sb.toString());
    }

    private static String suffix() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

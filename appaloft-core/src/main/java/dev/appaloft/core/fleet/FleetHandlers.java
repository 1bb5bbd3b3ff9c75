package dev.appaloft.core.fleet;

import static dev.appaloft.api.catalog.AlienOperations.*;

import dev.appaloft.api.Actor;
import dev.appaloft.api.fleet.HealthStatus;
import dev.appaloft.api.fleet.MintedToken;
import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.api.fleet.Whoami;
import dev.appaloft.core.fleet.deployments.FleetDeploymentHandlers;
import dev.appaloft.core.fleet.groups.GroupHandlers;
import dev.appaloft.core.fleet.releases.ReleaseHandlers;
import dev.appaloft.core.fleet.sync.SyncHandlers;
import dev.appaloft.core.fleet.tokens.FleetAccess;
import dev.appaloft.core.fleet.tokens.FleetPrincipal;
import dev.appaloft.core.fleet.tokens.FleetToken;
import dev.appaloft.core.fleet.tokens.TokenMinter;
import dev.appaloft.core.fleet.tokens.TokenRepository;
import dev.appaloft.core.fleet.tokens.TokenSecrets;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;

/**
 * Registers the Alien fleet API: the 22 operations of the spec, plus minting admin tokens and
 * resolving a raw token (facade only). Decisions on the original's gaps are in docs/alien-fleet.md.
 */
public final class FleetHandlers {

    private static final HealthStatus HEALTHY = new HealthStatus("healthy");

    private FleetHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, FleetOptions options) {
        FleetAccess access = new FleetAccess(ctx);
        registry.register(HEALTH, (in, actor) -> HEALTHY);
        registry.register(WHOAMI, (in, actor) -> whoami(access.principal(actor)));
        registry.register(MINT_ADMIN_TOKEN, (in, actor) -> {
            FleetPrincipal p = access.principal(actor);
            FleetAccess.requireAdmin(p);
            Validation v = new Validation();
            String description = v.optionalText("description", in.description(), 200);
            v.throwIfInvalid();
            return ctx.command(actor, MINT_ADMIN_TOKEN.key(), uow -> {
                TokenMinter.Minted minted = TokenMinter.mint(uow, TokenKind.ADMIN, p.organizationId(), null, null,
                        description);
                return new MintedToken(minted.id(), minted.raw());
            });
        });
        registry.register(AUTHENTICATE_TOKEN, (in, actor) -> authenticate(ctx, in.token()));
        GroupHandlers.register(registry, ctx, access);
        FleetDeploymentHandlers.register(registry, ctx, access, options);
        ReleaseHandlers.register(registry, ctx, access);
        SyncHandlers.register(registry, ctx, access, options);
    }

    private static Actor authenticate(CoreContext ctx, String raw) {
        if (raw == null || raw.isBlank()) {
            throw FleetFailures.unauthorized("Authentication required");
        }
        String hash = TokenSecrets.hash(raw.strip());
        FleetToken token = ctx.read(r -> TokenRepository.findByHash(r, hash))
                .filter(t -> TokenSecrets.sameHash(t.keyHash(), hash))
                .orElseThrow(() -> FleetFailures.unauthorized("Invalid token"));
        return new Actor(Actor.Kind.FLEET_TOKEN, token.id(), token.organizationId(), FleetAccess.roleOf(token.kind()));
    }

    private static Whoami whoami(FleetPrincipal p) {
        return switch (p.kind()) {
            case ADMIN -> new Whoami("serviceAccount", p.id(), new Whoami.Scope("admin", null, null));
            case DEPLOYMENT_GROUP -> new Whoami("serviceAccount", p.groupId(),
                    new Whoami.Scope("deployment-group", p.groupId(), null));
            case DEPLOYMENT -> new Whoami("serviceAccount", p.deploymentId(),
                    new Whoami.Scope("deployment", null, p.deploymentId()));
        };
    }
}

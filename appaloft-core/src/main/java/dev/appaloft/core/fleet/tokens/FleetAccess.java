package dev.appaloft.core.fleet.tokens;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.appaloft.api.Actor;
import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.core.fleet.FleetFailures;
import dev.appaloft.core.internal.CoreContext;

/**
 * Turns the actor of a call into a {@link FleetPrincipal} and holds the scope rules of the
 * original, with its leaks closed: a deployment token acts on its own deployment only, a group
 * token on its own group only, and whatever a caller may not see answers 404 as if it did not
 * exist (no 403 oracle on ids).
 *
 * <p>The host application, the standalone server's operator and an organization's admins and
 * owners are fleet admins of their organization; a fleet token is what its stored scope says.
 */
public final class FleetAccess {

    private final CoreContext ctx;
    // a token's scope never changes, so its principal can be remembered by token id; a deleted
    // token never gets this far (authentication looks its hash up on every request)
    private final Cache<String, FleetPrincipal> tokens = CacheBuilder.newBuilder().maximumSize(50_000).build();

    public FleetAccess(CoreContext ctx) {
        this.ctx = ctx;
    }

    public FleetPrincipal principal(Actor actor) {
        return switch (actor.kind()) {
            case SYSTEM, OPERATOR -> admin(actor);
            case USER -> {
                if (actor.role() == Actor.Role.ADMIN || actor.role() == Actor.Role.OWNER) {
                    yield admin(actor);
                }
                throw FleetFailures.forbidden("Admin access required");
            }
            case FLEET_TOKEN -> token(actor.id());
            case DEPLOY_TOKEN -> throw FleetFailures.forbidden("Deploy tokens cannot use the fleet API");
            case ANONYMOUS -> throw FleetFailures.unauthorized("Authentication required");
        };
    }

    /** Forgets cached principals of deleted tokens. */
    public void forget(Iterable<String> tokenIds) {
        tokens.invalidateAll(tokenIds);
    }

    private FleetPrincipal token(String tokenId) {
        FleetPrincipal cached = tokens.getIfPresent(tokenId);
        if (cached != null) {
            return cached;
        }
        FleetPrincipal principal = ctx.read(r -> TokenRepository.find(r, tokenId)).map(FleetToken::principal)
                .orElseThrow(() -> FleetFailures.unauthorized("Invalid token"));
        tokens.put(tokenId, principal);
        return principal;
    }

    private static FleetPrincipal admin(Actor actor) {
        return new FleetPrincipal(TokenKind.ADMIN, actor.id(), actor.organizationId(), null, null);
    }

    public static void requireAdmin(FleetPrincipal p) {
        if (!p.isAdmin()) {
            throw FleetFailures.forbidden("Admin access required");
        }
    }

    /** Admins and group tokens; deployment tokens are refused with {@code what}. */
    public static void requireAdminOrGroup(FleetPrincipal p, String what) {
        if (p.isDeploymentToken()) {
            throw FleetFailures.forbidden("Deployment tokens cannot " + what);
        }
    }

    /** Admins and the matching deployment token ({@code sync}, {@code reconcile}, {@code release}); group tokens are refused. */
    public static void requireAdminOrDeployment(FleetPrincipal p, String what) {
        if (p.isGroupToken()) {
            throw FleetFailures.forbidden("Deployment group tokens cannot " + what);
        }
    }

    public static boolean canSeeGroup(FleetPrincipal p, String organizationId, String groupId) {
        if (!p.organizationId().equals(organizationId)) {
            return false;
        }
        return p.isAdmin() || groupId.equals(p.groupId());
    }

    public static boolean canSeeDeployment(FleetPrincipal p, String organizationId, String groupId, String deploymentId) {
        if (!p.organizationId().equals(organizationId)) {
            return false;
        }
        return switch (p.kind()) {
            case ADMIN -> true;
            case DEPLOYMENT_GROUP -> groupId.equals(p.groupId());
            case DEPLOYMENT -> deploymentId.equals(p.deploymentId());
        };
    }

    /** The role a token's actor carries elsewhere in the product (informational; fleet rules use the kind). */
    public static Actor.Role roleOf(TokenKind kind) {
        return switch (kind) {
            case ADMIN -> Actor.Role.ADMIN;
            case DEPLOYMENT_GROUP -> Actor.Role.DEVELOPER;
            case DEPLOYMENT -> Actor.Role.VIEWER;
        };
    }
}

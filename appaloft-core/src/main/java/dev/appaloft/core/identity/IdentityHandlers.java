package dev.appaloft.core.identity;

import static dev.appaloft.api.catalog.AppTaskOperations.*;
import static dev.appaloft.api.catalog.DependencyOperations.*;
import static dev.appaloft.api.catalog.DeploymentOperations.*;
import static dev.appaloft.api.catalog.DomainOperations.*;
import static dev.appaloft.api.catalog.ExtensionOperations.*;
import static dev.appaloft.api.catalog.GovernanceOperations.*;
import static dev.appaloft.api.catalog.IdentityOperations.*;
import static dev.appaloft.api.catalog.ProjectOperations.*;
import static dev.appaloft.api.catalog.ResourceOperations.*;
import static dev.appaloft.api.catalog.ServerOperations.*;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.catalog.Operation;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.HandlerRegistry;

/**
 * Registers the identity operations ({@code auth.*}, {@code account.*}, {@code organizations.*},
 * {@code deployTokens.*}). Every identity command clears the token cache once it commits, so a
 * revoked session, a removed member or a rotated token stops working at once in this process.
 */
public final class IdentityHandlers {

    private IdentityHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, Authentication authentication) {
        BuiltInOrganization.ensure(ctx);
        AuthHandlers auth = new AuthHandlers(ctx, authentication.passwords());
        AccountHandlers account = new AccountHandlers(ctx);
        OrganizationHandlers organizations = new OrganizationHandlers(ctx);
        MemberHandlers members = new MemberHandlers(ctx);
        DeployTokenHandlers tokens = new DeployTokenHandlers(ctx);
        Registrar r = new Registrar(registry, authentication);
        r.add(AUTH_BOOTSTRAP_STATUS, auth::status);
        r.add(AUTH_BOOTSTRAP_FIRST_ADMIN, auth::bootstrap);
        r.add(ACCOUNT_SHOW_PROFILE, account::show);
        r.add(ACCOUNT_CHANGE_PROFILE, account::change);
        r.add(ACCOUNT_LIST_SESSIONS, account::sessions);
        r.add(ACCOUNT_REVOKE_SESSION, account::revoke);
        r.add(ACCOUNT_DELETE, account::delete);
        r.add(ORGANIZATIONS_CURRENT_CONTEXT, organizations::context);
        r.add(ORGANIZATIONS_SWITCH_CURRENT, organizations::switchCurrent);
        r.add(ORGANIZATIONS_SHOW_PROFILE, organizations::show);
        r.add(ORGANIZATIONS_CHANGE_PROFILE, organizations::change);
        r.add(ORGANIZATIONS_DELETE, organizations::delete);
        r.add(ORGANIZATIONS_LIST_MEMBERS, members::members);
        r.add(ORGANIZATIONS_LIST_INVITATIONS, members::invitations);
        r.add(ORGANIZATIONS_INVITE_MEMBER, members::invite);
        r.add(ORGANIZATIONS_UPDATE_MEMBER_ROLE, members::updateRole);
        r.add(ORGANIZATIONS_REMOVE_MEMBER, members::remove);
        r.add(ORGANIZATIONS_TRANSFER_OWNER, members::transfer);
        r.add(DEPLOY_TOKENS_CREATE, tokens::create);
        r.add(DEPLOY_TOKENS_LIST, tokens::list);
        r.add(DEPLOY_TOKENS_SHOW, tokens::show);
        r.add(DEPLOY_TOKENS_ROTATE, tokens::rotate);
        r.add(DEPLOY_TOKENS_REVOKE, tokens::revoke);
    }

    private record Registrar(HandlerRegistry registry, Authentication authentication) {

        <I, O> void add(Operation<I, O> operation, Handler<I, O> handler) {
            if (operation.kind() == dev.appaloft.api.catalog.OperationKind.QUERY) {
                registry.register(operation, handler);
                return;
            }
            registry.register(operation, (input, actor) -> {
                try {
                    return handler.handle(input, actor);
                } finally {
                    authentication.invalidate();
                }
            });
        }
    }
}

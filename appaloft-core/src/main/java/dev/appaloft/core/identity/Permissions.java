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

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.identity.OrganizationPermissions;

/** A role's permissions on members and tokens, read from the one access table. */
final class Permissions {

    private Permissions() {
    }

    static OrganizationPermissions of(Actor.Role role) {
        return new OrganizationPermissions(may(role, ORGANIZATIONS_INVITE_MEMBER), may(role, ORGANIZATIONS_LIST_MEMBERS),
                may(role, DEPLOY_TOKENS_CREATE), may(role, ORGANIZATIONS_REMOVE_MEMBER),
                may(role, ORGANIZATIONS_TRANSFER_OWNER), may(role, ORGANIZATIONS_UPDATE_MEMBER_ROLE));
    }

    static boolean may(Actor.Role role, Operation<?, ?> operation) {
        Actor.Role needed = OperationAccess.required(operation).role();
        return needed == null || role.compareTo(needed) >= 0;
    }
}

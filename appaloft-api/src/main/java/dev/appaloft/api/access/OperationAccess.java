package dev.appaloft.api.access;

import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationKind;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may run what: every catalog operation's least {@link Access}. The facade
 * enforces it for every caller (the HTTP layer goes through the facade), {@code capabilities.query}
 * answers from it, and docs/operations.md shows it.
 *
 * <p>Rules, in order: the explicit entries below; then Alien operations are {@link Access#FLEET_TOKEN};
 * deletes, and every change to servers, SSH credentials, deploy tokens, members, retention and
 * audit data, need an admin; other changes need a developer; reads need a viewer.
 */
public final class OperationAccess {

    private static final Map<String, Access> EXPLICIT = Map.ofEntries(
            Map.entry("auth.bootstrapStatus", Access.PUBLIC),
            Map.entry("auth.bootstrapFirstAdmin", Access.PUBLIC),
            Map.entry("health", Access.PUBLIC), // the Alien server's liveness: no credentials
            Map.entry("account.showProfile", Access.SIGNED_IN),
            Map.entry("account.changeProfile", Access.SIGNED_IN),
            Map.entry("account.listSessions", Access.SIGNED_IN),
            Map.entry("account.revokeSession", Access.SIGNED_IN),
            Map.entry("account.delete", Access.SIGNED_IN),
            Map.entry("organizations.currentContext", Access.SIGNED_IN),
            Map.entry("organizations.switchCurrent", Access.SIGNED_IN),
            Map.entry("organizations.showProfile", Access.VIEWER),
            Map.entry("organizations.listMembers", Access.VIEWER),
            Map.entry("organizations.listInvitations", Access.ADMIN),
            Map.entry("organizations.changeProfile", Access.ADMIN),
            Map.entry("organizations.inviteMember", Access.ADMIN),
            Map.entry("organizations.updateMemberRole", Access.ADMIN),
            Map.entry("organizations.removeMember", Access.ADMIN),
            Map.entry("organizations.delete", Access.OWNER),
            Map.entry("organizations.transferOwner", Access.OWNER),
            Map.entry("deployTokens.list", Access.ADMIN),
            Map.entry("deployTokens.show", Access.ADMIN),
            Map.entry("capabilities.query", Access.VIEWER),
            Map.entry("entitlements.query", Access.BILLING),
            Map.entry("usageIntents.list", Access.BILLING),
            Map.entry("system.instance-upgrade.check", Access.ADMIN),
            Map.entry("system.instance-upgrade.apply", Access.OWNER),
            Map.entry("system.doctor", Access.ADMIN),
            Map.entry("credentials.ssh.list", Access.ADMIN),
            Map.entry("credentials.ssh.show", Access.ADMIN),
            Map.entry("auditEvents.list", Access.ADMIN),
            Map.entry("auditEvents.show", Access.ADMIN),
            Map.entry("auditEvents.export", Access.ADMIN),
            Map.entry("auditEvents.exportGlobal", Access.OWNER),
            // removes data from a server for good
            Map.entry("storageVolumes.cleanupRuntime", Access.ADMIN),
            // a shell runs anything the container (or the server's login) may: admins only
            Map.entry("terminalSessions.open", Access.ADMIN),
            Map.entry("terminalSessions.close", Access.ADMIN),
            Map.entry("terminalSessions.expire", Access.ADMIN),
            // runtime log archives: removing retained logs is a retention change, like every other prune
            Map.entry("resources.logArchives.prune", Access.ADMIN),
            // source events: a webhook's credential is its signature, checked by the handler
            Map.entry("source-events.ingest", Access.PUBLIC),
            Map.entry("source-events.ingestGenericSigned", Access.PUBLIC),
            // dependency backups: a restore overwrites the database's data, retention deletes dumps for good
            Map.entry("dependencyResources.restoreBackup", Access.ADMIN),
            Map.entry("dependencyResources.configureBackupPolicy", Access.ADMIN),
            // audit events: archives and legal holds are compliance records, read by admins like the events
            Map.entry("auditEvents.archives.list", Access.ADMIN),
            Map.entry("auditEvents.archives.show", Access.ADMIN),
            Map.entry("auditEvents.legalHolds.list", Access.ADMIN),
            Map.entry("auditEvents.legalHolds.show", Access.ADMIN));

    /** Capability prefixes whose every change needs an admin. */
    private static final Set<String> ADMIN_CHANGES = Set.of("servers.", "credentials.", "deployTokens.",
            "organizations.", "retentionDefaults.", "auditEvents.", "domainEvents.", "providerJobLogs.", "operatorWork.",
            "defaultAccessDomainPolicies.", "system.", "plugins.", "integrations.");

    /**
     * Operations a deploy token may run (within its scope), and the workflow command each counts
     * as: a token lists the workflow commands it may perform.
     */
    private static final Map<String, String> DEPLOY_TOKEN_OPERATIONS = Map.of(
            "deployments.create", "source-link-deploy",
            "deployments.createStream", "source-link-deploy",
            "deployments.redeploy", "source-link-deploy",
            "deployments.cleanupPreview", "preview-cleanup");

    private OperationAccess() {
    }

    public static Access required(Operation<?, ?> operation) {
        Access explicit = EXPLICIT.get(operation.key());
        if (explicit != null) {
            return explicit;
        }
        if (operation.api() == Api.ALIEN) {
            return Access.FLEET_TOKEN;
        }
        if (operation.kind() == OperationKind.QUERY) {
            return Access.VIEWER;
        }
        String key = operation.key();
        boolean delete = key.endsWith(".delete") || key.endsWith(".prune") || key.contains(".prune");
        if (delete || ADMIN_CHANGES.stream().anyMatch(key::startsWith)) {
            return Access.ADMIN;
        }
        return Access.DEVELOPER;
    }

    /** The workflow command a deploy token must list to run this operation; null when tokens may not run it. */
    public static String deployTokenWorkflow(Operation<?, ?> operation) {
        return DEPLOY_TOKEN_OPERATIONS.get(operation.key());
    }
}

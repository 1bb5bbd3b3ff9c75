package dev.appaloft.api.domains;

/**
 * Where a default access policy applies: {@code system} (every server of the organization) or
 * {@code deployment-target} (one server, {@code serverId}); the server's own policy wins.
 */
public record AccessPolicyScope(String kind, String serverId) {

    public static final String SYSTEM = "system";
    public static final String DEPLOYMENT_TARGET = "deployment-target";

    public static AccessPolicyScope system() {
        return new AccessPolicyScope(SYSTEM, null);
    }

    public static AccessPolicyScope server(String serverId) {
        return new AccessPolicyScope(DEPLOYMENT_TARGET, serverId);
    }
}

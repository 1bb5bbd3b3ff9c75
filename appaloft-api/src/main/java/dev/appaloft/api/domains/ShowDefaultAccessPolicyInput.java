package dev.appaloft.api.domains;

/** {@code defaultAccessDomainPolicies.show}: the policy of one scope ({@code scopeKind} default {@code system}). */
public record ShowDefaultAccessPolicyInput(String scopeKind, String serverId) {

    public static ShowDefaultAccessPolicyInput system() {
        return new ShowDefaultAccessPolicyInput(AccessPolicyScope.SYSTEM, null);
    }

    public static ShowDefaultAccessPolicyInput server(String serverId) {
        return new ShowDefaultAccessPolicyInput(AccessPolicyScope.DEPLOYMENT_TARGET, serverId);
    }
}

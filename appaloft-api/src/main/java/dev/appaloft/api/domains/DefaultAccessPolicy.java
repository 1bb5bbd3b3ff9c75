package dev.appaloft.api.domains;

/** A default access policy as read back. */
public record DefaultAccessPolicy(String schemaVersion, String id, AccessPolicyScope scope, String mode,
                                  String providerKey, String templateRef, String updatedAt) {

    public static final String SCHEMA_VERSION = "default-access-domain-policies.policy/v1";
}

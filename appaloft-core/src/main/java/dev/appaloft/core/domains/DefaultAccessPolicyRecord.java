package dev.appaloft.core.domains;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.domains.AccessPolicyScope;
import dev.appaloft.api.domains.DefaultAccessPolicy;
import java.time.Instant;
import java.util.Objects;

/** A default access policy as stored: one per organization and scope ({@code serverId} null at system scope). */
record DefaultAccessPolicyRecord(String id, String organizationId, String scopeKind, String serverId, String mode,
                                 String providerKey, String templateRef, Instant createdAt, Instant updatedAt) {

    String slotKey() {
        return slot(organizationId, scopeKind, serverId);
    }

    static String slot(String organizationId, String scopeKind, String serverId) {
        return "slot:" + organizationId + ":" + scopeKind + ":" + (serverId == null ? "" : serverId);
    }

    boolean sameSettings(String otherMode, String otherProvider, String otherTemplate) {
        return mode.equals(otherMode) && Objects.equals(providerKey, otherProvider) && Objects.equals(templateRef, otherTemplate);
    }

    AccessPolicyScope scope() {
        return new AccessPolicyScope(scopeKind, serverId);
    }

    DefaultAccessPolicy view() {
        return new DefaultAccessPolicy(DefaultAccessPolicy.SCHEMA_VERSION, id, scope(), mode, providerKey, templateRef,
                Timestamps.format(updatedAt));
    }
}

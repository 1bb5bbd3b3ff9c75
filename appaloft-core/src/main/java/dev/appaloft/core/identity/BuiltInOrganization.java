package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.core.internal.CoreContext;

/** The self-hosted instance's own organization ({@code org_self_hosted}), present from the first start. */
final class BuiltInOrganization {

    static final String ID = Actor.SELF_HOSTED_ORGANIZATION;

    private BuiltInOrganization() {
    }

    /** Creates it unless it exists; several processes starting at once are fine (the id is unique). */
    static void ensure(CoreContext ctx) {
        if (ctx.read(r -> IdentityRepository.ORGANIZATIONS.find(r, ID)).isPresent()) {
            return;
        }
        try {
            ctx.store().transaction(tx -> {
                java.time.Instant now = ctx.now();
                IdentityRepository.ORGANIZATIONS.insert(tx,
                        new Organization(ID, "Self-hosted", "self-hosted", null, false, false, now, now), now);
                return null;
            });
        } catch (StoreConflictException raced) {
            // another process created it first
        }
    }
}

package dev.appaloft.core.extensions;

import dev.appaloft.api.Actor;
import dev.appaloft.api.extensions.EntitlementAnswers;
import dev.appaloft.api.extensions.EntitlementQueryInput;
import dev.appaloft.core.internal.Handler;

/**
 * {@code entitlements.query}: the community default. Plans and billing are an extension point of
 * the original; without one installed every capability is entitled, and says so by its source.
 */
final class EntitlementHandler implements Handler<EntitlementQueryInput, EntitlementAnswers> {

    static final String SOURCE = "community-default";

    @Override
    public EntitlementAnswers handle(EntitlementQueryInput input, Actor actor) {
        ExtensionPointHandlers.checkQueries(actor, input.queries(), "capabilityKey",
                EntitlementQueryInput.Query::capabilityKey, EntitlementQueryInput.Query::organizationId);
        return new EntitlementAnswers(input.queries().stream().map(q -> {
            return new EntitlementAnswers.Answer(q.capabilityKey(), true, "entitled", "unrestricted",
                    "community-edition", "no entitlement provider is installed: every capability is entitled",
                    SOURCE, null);
        }).toList());
    }
}

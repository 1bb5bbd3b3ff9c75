package dev.appaloft.core.extensions;

import dev.appaloft.api.Actor;
import dev.appaloft.api.extensions.EntitlementAnswers;
import dev.appaloft.api.extensions.EntitlementQueryInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.List;

/**
 * {@code entitlements.query}: the community default. Plans and billing are an extension point of
 * the original; without one installed every capability is entitled, and says so by its source.
 */
final class EntitlementHandler implements Handler<EntitlementQueryInput, EntitlementAnswers> {

    static final String SOURCE = "community-default";

    @Override
    public EntitlementAnswers handle(EntitlementQueryInput input, Actor actor) {
        Validation v = new Validation();
        v.required("queries", input.queries());
        v.check(input.queries() == null || (!input.queries().isEmpty() && input.queries().size() <= 100), "queries",
                "queries must hold 1 to 100 entries");
        if (input.queries() != null) {
            for (int i = 0; i < input.queries().size(); i++) {
                EntitlementQueryInput.Query q = input.queries().get(i);
                v.check(q != null && q.capabilityKey() != null && !q.capabilityKey().isBlank(),
                        List.of("queries", i, "capabilityKey"), "capabilityKey is required");
            }
        }
        v.throwIfInvalid();
        input.queries().forEach(q -> ExtensionPointHandlers.sameOrganization(actor, q.organizationId()));
        return new EntitlementAnswers(input.queries().stream().map(q -> {
            return new EntitlementAnswers.Answer(q.capabilityKey(), true, "entitled", "unrestricted",
                    "community-edition", "no entitlement provider is installed: every capability is entitled",
                    SOURCE, null);
        }).toList());
    }
}

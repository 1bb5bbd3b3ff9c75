package dev.appaloft.core.resources;

import dev.appaloft.api.store.StoreReader;
import java.util.List;

/**
 * Something that keeps an archived resource from being deleted (a domain bound to it, a database
 * binding, ...): each capability that hangs things on resources contributes one, and delete
 * answers {@code resource_delete_blocked} naming the kinds.
 */
public interface ResourceDeleteBlockerSource {

    /** The blocker kinds (the original's names, e.g. {@code domain-binding}); empty when none. */
    List<String> blockers(StoreReader reader, String organizationId, String resourceId);
}

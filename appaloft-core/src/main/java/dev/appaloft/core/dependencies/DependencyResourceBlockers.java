package dev.appaloft.core.dependencies;

import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.resources.ResourceDeleteBlockerSource;
import java.util.List;

/** A resource keeps its active database bindings ({@code dependency-binding}): unbind them first. */
public final class DependencyResourceBlockers implements ResourceDeleteBlockerSource {

    @Override
    public List<String> blockers(StoreReader reader, String organizationId, String resourceId) {
        return DependencyRepository.activeBindings(reader, organizationId, IndexFields.RESOURCE_ID, resourceId).isEmpty()
                ? List.of() : List.of("dependency-binding");
    }
}

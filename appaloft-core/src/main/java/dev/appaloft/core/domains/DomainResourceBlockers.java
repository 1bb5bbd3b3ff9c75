package dev.appaloft.core.domains;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.resources.ResourceDeleteBlockerSource;
import java.util.List;
import java.util.Set;

/** A resource keeps the domains bound to it ({@code domain-binding}): delete the bindings first. */
public final class DomainResourceBlockers implements ResourceDeleteBlockerSource {

    @Override
    public List<String> blockers(StoreReader reader, String organizationId, String resourceId) {
        long bindings = DomainBindingRepository.BINDINGS.count(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(organizationId).with(IndexFields.RESOURCE_ID, resourceId))
                .statusNotIn(Set.of(DomainBinding.DELETED)));
        return bindings == 0 ? List.of() : List.of("domain-binding");
    }
}

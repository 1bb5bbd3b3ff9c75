package dev.appaloft.core.domains;

import dev.appaloft.api.store.StoreReader;
import java.util.Comparator;
import java.util.Optional;

/** What other areas read of a resource's custom domains (the access summary of {@code resources.show}). */
public final class DomainAccess {

    private DomainAccess() {
    }

    /** A serving custom domain of a resource on a server. */
    public record Domain(String host, String pathPrefix, boolean tls) {
    }

    /** The domain the resource answers at on {@code serverId}: a ready serving binding first, else a bound one. */
    public static Optional<Domain> served(StoreReader reader, String organizationId, String resourceId, String serverId) {
        return DomainBindingRepository.ofResource(reader, organizationId, resourceId).stream()
                .filter(b -> b.serves() && b.routed() && b.serverId().equals(serverId))
                .min(Comparator.comparing((DomainBinding b) -> !DomainBinding.READY.equals(b.status()))
                        .thenComparing(DomainBinding::createdAt))
                .map(b -> new Domain(b.domainName(), b.pathPrefix(), "auto".equals(b.tlsMode())));
    }
}

package dev.appaloft.core.dependencies;

import dev.appaloft.api.runtime.NetworkAttachment;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network an environment's managed databases and apps share on one server. A database joins it
 * under a stable alias, so apps reach it at {@code alias:containerPort}, which a container restart
 * does not change (the loopback port it also publishes may change).
 */
public final class DependencyNetworks {

    static final String LABEL = "appaloft.environment-network";

    private DependencyNetworks() {
    }

    /** Docker network names allow fewer characters than ids may hold. */
    static String name(String environmentId) {
        return "appaloft-env-" + environmentId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
    }

    /** The DNS name the database answers to on its environment's network. */
    static String alias(String slug) {
        String alias = ("dep-" + slug).replaceAll("[^a-z0-9-]", "-");
        return alias.length() > 63 ? alias.substring(0, 63).replaceAll("-+$", "") : alias;
    }

    static NetworkAttachment forDatabase(String environmentId, String slug) {
        return new NetworkAttachment(name(environmentId), List.of(alias(slug)), Map.of(LABEL, environmentId));
    }

    /**
     * The network an app of this environment joins on this server: present when a live managed
     * database of the environment runs there (an app elsewhere cannot reach it by alias).
     */
    public static Optional<NetworkAttachment> forApp(StoreReader r, String organizationId, String environmentId,
                                                     String serverId) {
        boolean any = DependencyRepository.RESOURCES.values(r, DocumentQuery.where(DocumentIndex
                        .ofOrganization(organizationId).with(IndexFields.ENVIRONMENT_ID, environmentId)
                        .with(IndexFields.SERVER_ID, serverId)).statusNotIn(Set.of(DependencyResource.DELETED)))
                .stream().anyMatch(d -> !d.isDeleted());
        return any ? Optional.of(NetworkAttachment.of(name(environmentId), Map.of(LABEL, environmentId)))
                : Optional.empty();
    }
}

package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fleet tokens in the store, found by the hash of their raw value (a unique key). Indexed by
 * group, deployment and kind.
 */
public final class TokenRepository {

    static final String COLLECTION = StoreCollections.FLEET_TOKENS;

    static final Repository<FleetToken> TOKENS = Repository.of(COLLECTION, FleetToken.class)
            .id(FleetToken::id).createdAt(FleetToken::createdAt).organization(FleetToken::organizationId)
            .index(t -> DocumentIndex.NONE.with("deployment_group_id", t.groupId())
                    .with("deployment_id", t.deploymentId()).with("kind", t.kind().wire()))
            .keys(t -> Set.of(hashKey(t.keyHash())))
            .build();

    private TokenRepository() {
    }

    public static Optional<FleetToken> findByHash(StoreReader reader, String hash) {
        return TOKENS.findByKey(reader, hashKey(hash)).map(Versioned::value);
    }

    public static Optional<FleetToken> find(StoreReader reader, String id) {
        return TOKENS.find(reader, id).map(Versioned::value);
    }

    public static void insert(StoreTransaction tx, FleetToken token) {
        TOKENS.insert(tx, token, token.createdAt());
    }

    /** Deletes every token of a deployment (its agent enrolled again and got a new one); returns their ids. */
    public static List<String> deleteForDeployment(StoreTransaction tx, String organizationId, String deploymentId) {
        List<Versioned<FleetToken>> tokens = TOKENS.query(tx, TOKENS.scope(organizationId)
                .anyOf("deployment_id", Set.of(deploymentId)));
        tokens.forEach(t -> TOKENS.delete(tx, t));
        return tokens.stream().map(t -> t.value().id()).toList();
    }

    private static String hashKey(String hash) {
        return "hash:" + hash;
    }
}

package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fleet tokens in the store, found by the hash of their raw value (a unique key). Indexed by
 * group ({@code environment_id}), deployment ({@code resource_id}) and kind ({@code status}).
 */
public final class TokenRepository {

    static final String COLLECTION = StoreCollections.FLEET_TOKENS;

    private TokenRepository() {
    }

    public static Optional<FleetToken> findByHash(StoreReader reader, String hash) {
        return reader.findByUniqueKey(COLLECTION, hashKey(hash)).map(TokenRepository::decode);
    }

    public static Optional<FleetToken> find(StoreReader reader, String id) {
        return reader.find(COLLECTION, id).map(TokenRepository::decode);
    }

    public static void insert(StoreTransaction tx, FleetToken token) {
        DocumentIndex index = DocumentIndex.ofOrganization(token.organizationId()).withEnvironmentId(token.groupId())
                .withResourceId(token.deploymentId()).withStatus(token.kind().wire());
        tx.insert(COLLECTION, new DocumentDraft(token.id(), index, Set.of(hashKey(token.keyHash())), Json.write(token),
                token.createdAt(), token.createdAt()));
    }

    /** Deletes every token of a deployment (its agent enrolled again and got a new one); returns their ids. */
    public static List<String> deleteForDeployment(StoreTransaction tx, String organizationId, String deploymentId) {
        List<Document> docs = tx.query(COLLECTION, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)
                .withResourceId(deploymentId)));
        for (Document doc : docs) {
            tx.delete(COLLECTION, doc.id(), doc.version());
        }
        return docs.stream().map(Document::id).toList();
    }

    private static FleetToken decode(Document doc) {
        return Json.readAggregate(doc.body(), FleetToken.class);
    }

    private static String hashKey(String hash) {
        return "hash:" + hash;
    }
}

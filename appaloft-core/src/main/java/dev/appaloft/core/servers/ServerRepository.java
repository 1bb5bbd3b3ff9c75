package dev.appaloft.core.servers;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentDraft;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Servers in the store, read within one organization; names are unique there. */
public final class ServerRepository {

    static final String COLLECTION = StoreCollections.SERVERS;

    private ServerRepository() {
    }

    public static Optional<Versioned<Server>> find(StoreReader reader, String organizationId, String id) {
        return reader.find(COLLECTION, id)
                .map(d -> new Versioned<>(Json.readAggregate(d.body(), Server.class), d.version()))
                .filter(s -> s.value().organizationId().equals(organizationId));
    }

    public static Versioned<Server> require(StoreReader reader, String organizationId, String id) {
        return find(reader, organizationId, id).orElseThrow(() -> AppaloftException.notFound("server", id));
    }

    public static List<Server> list(StoreReader reader, String organizationId, int limit) {
        return reader.query(COLLECTION, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)).limit(limit))
                .stream().map(d -> Json.readAggregate(d.body(), Server.class)).toList();
    }

    public static long count(StoreReader reader, String organizationId) {
        return reader.count(COLLECTION, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId)));
    }

    public static void insert(StoreTransaction tx, Server server, Instant now) {
        DocumentDraft draft = new DocumentDraft(server.id(),
                DocumentIndex.ofOrganization(server.organizationId()).withServerId(server.id())
                        .withStatus(server.lifecycleStatus().name().toLowerCase(Locale.ROOT)),
                Set.of("name:" + server.organizationId() + ":" + server.name().toLowerCase(Locale.ROOT)),
                Json.write(server), server.createdAt(), now);
        try {
            tx.insert(COLLECTION, draft);
        } catch (StoreConflictException e) {
            if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
                throw new AppaloftException(ErrorCode.SERVER_NAME_CONFLICT,
                        "a server named \"" + server.name() + "\" already exists");
            }
            throw e;
        }
    }
}

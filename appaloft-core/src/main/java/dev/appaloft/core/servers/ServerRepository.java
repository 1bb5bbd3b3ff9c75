package dev.appaloft.core.servers;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Servers in the store, read within one organization; names are unique there. A deleted server
 * is a tombstone: invisible to every read, its name free again.
 */
public final class ServerRepository {

    static final String COLLECTION = StoreCollections.SERVERS;
    static final String CREDENTIAL_ID = "credential_id";
    private static final String DELETED = "deleted";

    static final Repository<Server> SERVERS = Repository.of(COLLECTION, Server.class)
            .id(Server::id).createdAt(Server::createdAt).organization(Server::organizationId)
            .index(s -> DocumentIndex.NONE.with(IndexFields.STATUS, s.isDeleted() ? DELETED
                    : s.lifecycleStatus().name().toLowerCase(Locale.ROOT)).with(CREDENTIAL_ID, s.credentialId()))
            .keys(s -> s.isDeleted() ? Set.of() : Set.of("name:" + s.organizationId() + ":" + s.name().toLowerCase(Locale.ROOT)))
            .hidden(Server::isDeleted, Set.of(DELETED))
            .notFound(id -> AppaloftException.notFound("server", id))
            .conflicts((r, e, s) -> e.kind() == StoreConflictException.Kind.UNIQUE_KEY
                    ? new AppaloftException(ErrorCode.SERVER_NAME_CONFLICT, "a server named \"" + s.name()
                            + "\" already exists")
                    : null)
            .build();

    private ServerRepository() {
    }

    public static Optional<Versioned<Server>> find(StoreReader reader, String organizationId, String id) {
        return SERVERS.findIn(reader, organizationId, id);
    }

    public static Versioned<Server> require(StoreReader reader, String organizationId, String id) {
        return SERVERS.require(reader, organizationId, id);
    }

    public static List<Server> list(StoreReader reader, String organizationId, int limit) {
        return SERVERS.values(reader, SERVERS.scope(organizationId).limit(limit));
    }

    /** Active servers of every organization (what the monitoring sampler reads). */
    public static List<Server> active(StoreReader reader, int limit) {
        return SERVERS.values(reader, dev.appaloft.api.store.DocumentQuery.where(
                DocumentIndex.NONE.with(IndexFields.STATUS, "active")).limit(limit));
    }

    public static long count(StoreReader reader, String organizationId) {
        return SERVERS.count(reader, SERVERS.scope(organizationId));
    }

    /** The organization's visible servers that log in with any of these reusable credentials. */
    static List<Server> usingCredentials(StoreReader reader, String organizationId, Collection<String> credentialIds) {
        return credentialIds.isEmpty() ? List.of()
                : SERVERS.values(reader, SERVERS.scope(organizationId).anyOf(CREDENTIAL_ID, credentialIds));
    }

    public static void insert(StoreTransaction tx, Server server, Instant now) {
        SERVERS.insert(tx, server, now);
    }

    static void update(StoreTransaction tx, Versioned<Server> before, Server after, Instant now) {
        SERVERS.update(tx, before, after, now);
    }
}

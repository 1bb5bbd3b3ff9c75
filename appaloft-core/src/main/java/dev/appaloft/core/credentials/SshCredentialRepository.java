package dev.appaloft.core.credentials;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reusable SSH credentials in the store, read within one organization. */
public final class SshCredentialRepository {

    static final Repository<SshCredential> CREDENTIALS = Repository
            .of(StoreCollections.SSH_CREDENTIALS, SshCredential.class)
            .id(SshCredential::id).createdAt(SshCredential::createdAt).organization(SshCredential::organizationId)
            .notFound(id -> AppaloftException.notFound("ssh credential", id))
            .build();

    private SshCredentialRepository() {
    }

    public static Versioned<SshCredential> require(StoreReader reader, String organizationId, String id) {
        return CREDENTIALS.require(reader, organizationId, id);
    }

    public static Optional<Versioned<SshCredential>> find(StoreReader reader, String organizationId, String id) {
        return CREDENTIALS.findIn(reader, organizationId, id);
    }

    /** The organization's credentials with these ids, by id, in one read. */
    public static Map<String, SshCredential> byId(StoreReader reader, String organizationId, Collection<String> ids) {
        return CREDENTIALS.findAll(reader, ids).stream().map(Versioned::value)
                .filter(c -> c.organizationId().equals(organizationId))
                .collect(Collectors.toMap(SshCredential::id, Function.identity()));
    }

    /**
     * Saves the credential unchanged under a new version. A server that starts using it does this
     * in its own transaction, so a concurrent delete (which checked usage first) loses the race
     * and checks again, instead of leaving the server pointing at nothing.
     */
    public static void claim(StoreTransaction tx, Versioned<SshCredential> credential, Instant now) {
        CREDENTIALS.update(tx, credential, credential.value(), now);
    }

    static List<SshCredential> list(StoreReader reader, String organizationId, int limit) {
        return CREDENTIALS.values(reader, CREDENTIALS.scope(organizationId).limit(limit));
    }
}

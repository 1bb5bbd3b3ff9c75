package dev.appaloft.core.terminals;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Repository;

/** Where terminal sessions are kept; ended ones stay, hidden from reads by id. */
final class TerminalSessionRepository {

    static final Repository<TerminalSession> SESSIONS = Repository
            .of(StoreCollections.TERMINAL_SESSIONS, TerminalSession.class)
            .id(TerminalSession::id).createdAt(TerminalSession::createdAt)
            .organization(TerminalSession::organizationId)
            .index(s -> DocumentIndex.NONE.with(IndexFields.RESOURCE_ID, s.resourceId())
                    .with(IndexFields.SERVER_ID, s.serverId()).with(IndexFields.STATUS, s.status()))
            .notFound(id -> AppaloftException.notFound("terminal session", id))
            .build();

    private TerminalSessionRepository() {
    }

    /** Live sessions of an organization (null: of every organization), optionally of one resource or server. */
    static DocumentQuery live(String organizationId, String resourceId, String serverId) {
        DocumentIndex index = organizationId == null ? DocumentIndex.NONE : DocumentIndex.ofOrganization(organizationId);
        return DocumentQuery.where(index.with(IndexFields.RESOURCE_ID, resourceId).with(IndexFields.SERVER_ID, serverId))
                .statusIn(TerminalSession.LIVE);
    }
}

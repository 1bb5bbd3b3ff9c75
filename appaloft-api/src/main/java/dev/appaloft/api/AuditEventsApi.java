package dev.appaloft.api;

import static dev.appaloft.api.catalog.GovernanceOperations.*;

import dev.appaloft.api.audit.*;

/**
 * {@code auditEvents.*}: who did what, when. Lists, shows and exports the organization's audit
 * events (payloads redacted), prunes old ones (never those under an active legal hold or retained
 * by an archive), archives a range of them immutably with a digest, and places and releases legal
 * holds. Reads leave no audit event; prune, archive and hold commands leave one each.
 */
public final class AuditEventsApi {

    private final OperationExecutor executor;

    public AuditEventsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public AuditEventList list(ListAuditEventsInput input) {
        return executor.execute(AUDIT_EVENTS_LIST, input);
    }

    public AuditEventShown show(String auditEventId) {
        return executor.execute(AUDIT_EVENTS_SHOW, new ShowAuditEventInput(auditEventId, null));
    }

    /** The event only if it is about {@code aggregateId} (not found otherwise). */
    public AuditEventShown show(String auditEventId, String aggregateId) {
        return executor.execute(AUDIT_EVENTS_SHOW, new ShowAuditEventInput(auditEventId, aggregateId));
    }

    public AuditEventExport export(ExportAuditEventsInput input) {
        return executor.execute(AUDIT_EVENTS_EXPORT, input);
    }

    public GlobalAuditEventExport exportGlobal(ExportGlobalAuditEventsInput input) {
        return executor.execute(AUDIT_EVENTS_EXPORT_GLOBAL, input);
    }

    public AuditEventsPruned prune(PruneAuditEventsInput input) {
        return executor.execute(AUDIT_EVENTS_PRUNE, input);
    }

    public AuditArchiveCreated createArchive(CreateAuditArchiveInput input) {
        return executor.execute(AUDIT_EVENTS_ARCHIVES_CREATE, input);
    }

    public AuditArchiveList listArchives(ListAuditArchivesInput input) {
        return executor.execute(AUDIT_EVENTS_ARCHIVES_LIST, input);
    }

    public AuditArchiveShown showArchive(String archiveId) {
        return executor.execute(AUDIT_EVENTS_ARCHIVES_SHOW, new ShowAuditArchiveInput(archiveId));
    }

    public AuditArchivesPruned pruneArchives(PruneAuditArchivesInput input) {
        return executor.execute(AUDIT_EVENTS_ARCHIVES_PRUNE, input);
    }

    public LegalHoldResult configureLegalHold(ConfigureLegalHoldInput input) {
        return executor.execute(AUDIT_EVENTS_LEGAL_HOLDS_CONFIGURE, input);
    }

    public LegalHoldList listLegalHolds(ListLegalHoldsInput input) {
        return executor.execute(AUDIT_EVENTS_LEGAL_HOLDS_LIST, input);
    }

    public LegalHoldShown showLegalHold(String holdId) {
        return executor.execute(AUDIT_EVENTS_LEGAL_HOLDS_SHOW, new ShowLegalHoldInput(holdId));
    }

    public LegalHoldResult releaseLegalHold(String holdId, String releaseReason) {
        return executor.execute(AUDIT_EVENTS_LEGAL_HOLDS_RELEASE, new ReleaseLegalHoldInput(holdId, releaseReason, null));
    }
}

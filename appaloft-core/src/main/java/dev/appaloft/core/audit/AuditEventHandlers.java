package dev.appaloft.core.audit;

import static dev.appaloft.api.catalog.GovernanceOperations.*;

import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;

/** Registers {@code auditEvents.*}: reads of the audit stream, prune, archives and legal holds. */
public final class AuditEventHandlers {

    private AuditEventHandlers() {
    }

    public static void register(HandlerRegistry registry, CoreContext ctx) {
        AuditEventReads reads = new AuditEventReads(ctx);
        AuditPruning pruning = new AuditPruning(ctx);
        AuditArchives archives = new AuditArchives(ctx);
        LegalHolds holds = new LegalHolds(ctx);
        registry.register(AUDIT_EVENTS_LIST, reads::list)
                .register(AUDIT_EVENTS_SHOW, reads::show)
                .register(AUDIT_EVENTS_EXPORT, reads::export)
                .register(AUDIT_EVENTS_EXPORT_GLOBAL, reads::exportGlobal)
                .register(AUDIT_EVENTS_PRUNE, pruning::prune)
                .register(AUDIT_EVENTS_ARCHIVES_CREATE, archives::create)
                .register(AUDIT_EVENTS_ARCHIVES_LIST, archives::list)
                .register(AUDIT_EVENTS_ARCHIVES_SHOW, archives::show)
                .register(AUDIT_EVENTS_ARCHIVES_PRUNE, archives::prune)
                .register(AUDIT_EVENTS_LEGAL_HOLDS_CONFIGURE, holds::configure)
                .register(AUDIT_EVENTS_LEGAL_HOLDS_LIST, holds::list)
                .register(AUDIT_EVENTS_LEGAL_HOLDS_SHOW, holds::show)
                .register(AUDIT_EVENTS_LEGAL_HOLDS_RELEASE, holds::release);
    }
}

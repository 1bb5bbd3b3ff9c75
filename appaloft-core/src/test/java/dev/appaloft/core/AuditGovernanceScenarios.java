package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.audit.*;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code auditEvents.prune}, {@code auditEvents.archives.*} and {@code auditEvents.legalHolds.*} on each store. */
public abstract class AuditGovernanceScenarios extends AuditFixture {

    private String soon() {
        return clock.instant().plusSeconds(1).toString();
    }

    @Test
    void pruneKeepsHeldAndArchiveRetainedEventsUntilTheHoldIsReleasedAndTheArchivePruned() {
        int projectEvents = auditAbout(project).size();
        int resourceEvents = auditAbout(resource).size();
        int theirs = auditOf(other).size();
        LegalHoldView hold = engine.auditEvents().configureLegalHold(
                ConfigureLegalHoldInput.ofAggregate("litigation 42", project)).hold();
        AuditArchiveSummary retaining = engine.auditEvents().createArchive(new CreateAuditArchiveInput("keep",
                resource, null, null, null, null, true)).archive();
        engine.auditEvents().createArchive(CreateAuditArchiveInput.ofAggregate("copy only", server));
        String before = soon();
        clock.shift(Duration.ofMinutes(1)); // what the test does from here on is after the cutoff
        int mine = auditOf(ORG).size();

        AuditEventsPruned dry = engine.auditEvents().prune(PruneAuditEventsInput.before(before, true));

        assertThat(dry.schemaVersion()).isEqualTo("audit-events.prune/v1");
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(mine);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.heldCount()).isEqualTo(projectEvents);
        assertThat(dry.archiveRetainedCount()).isEqualTo(resourceEvents);
        assertThat(dry.activeHoldIds()).containsExactly(hold.holdId());
        assertThat(dry.activeArchiveIds()).containsExactly(retaining.archiveId());
        assertThat(dry.countsByEventType().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(mine - projectEvents - resourceEvents);
        assertThat(dry.heldCountsByEventType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(projectEvents);
        assertThat(auditOf(ORG)).as("a dry run removes nothing; it is recorded").hasSize(mine + 1);
        assertThat(audit("audit-events-pruned")).hasSize(1);

        AuditEventsPruned real = engine.auditEvents().prune(PruneAuditEventsInput.before(before, false));

        assertThat(real.prunedCount()).isEqualTo(mine - projectEvents - resourceEvents);
        assertThat(auditOf(ORG).stream().filter(r -> r.at().isBefore(Instant.parse(before))).map(StreamRecord::subjectId))
                .as("what is left before the cutoff is held or archived")
                .allMatch(s -> s.equals(project) || s.equals(resource));
        assertThat(auditOf(other)).as("another organization's events are untouched").hasSize(theirs);
        assertThat(audit("audit-events-pruned")).as("one audit event per prune").hasSize(2);

        engine.auditEvents().releaseLegalHold(hold.holdId(), "case closed");
        AuditEventsPruned afterRelease = engine.auditEvents().prune(PruneAuditEventsInput.before(before, false));
        assertThat(afterRelease.heldCount()).isZero();
        assertThat(afterRelease.activeHoldIds()).isEmpty();
        assertThat(afterRelease.prunedCount()).isEqualTo(projectEvents);
        assertThat(auditAbout(project)).isEmpty();
        assertThat(auditAbout(resource)).hasSize(resourceEvents);

        AuditArchivesPruned archives = engine.auditEvents().pruneArchives(PruneAuditArchivesInput.before(soon(), false));
        assertThat(archives.prunedCount()).isEqualTo(2);
        assertThat(archives.countsBySourceKind()).containsEntry("aggregate", 2L);
        assertThat(auditAbout(resource)).as("pruning archives never touches events").hasSize(resourceEvents);
        assertThat(engine.auditEvents().prune(PruneAuditEventsInput.before(before, false)).prunedCount())
                .isEqualTo(resourceEvents);
        assertThat(auditAbout(resource)).isEmpty();
        assertThat(validationFields(() -> engine.auditEvents().prune(new PruneAuditEventsInput(null, "", null, false))))
                .containsExactlyInAnyOrder("before", "aggregateId");
    }

    @Test
    void aLargePruneWalksTheStreamInChunksAndAWindowHoldKeepsItsEvents() {
        Instant old = clock.instant().minus(Duration.ofDays(30));
        store.transaction(tx -> {
            for (int i = 0; i < 1_200; i++) {
                tx.append(UnitOfWork.AUDIT, new StreamEntry("sample.recorded", "{\"operation\":\"x\"}",
                        old.plusSeconds(i), ORG, "smp_" + (i % 7)));
            }
            return null;
        });
        engine.auditEvents().configureLegalHold(new ConfigureLegalHoldInput("window", null, null,
                old.toString(), old.plusSeconds(100).toString(), "auditor@example.com"));

        AuditEventsPruned pruned = engine.auditEvents().prune(new PruneAuditEventsInput(
                old.plus(Duration.ofDays(1)).toString(), null, "sample.recorded", false));

        assertThat(pruned.matchedCount()).isEqualTo(1_200);
        assertThat(pruned.heldCount()).isEqualTo(100);
        assertThat(pruned.prunedCount()).isEqualTo(1_100);
        assertThat(pruned.countsByEventType()).containsEntry("sample.recorded", 1_100L);
        assertThat(pruned.eventType()).isEqualTo("sample.recorded");
        assertThat(auditOf(ORG).stream().filter(r -> r.type().equals("sample.recorded"))).hasSize(100);
        assertThat(auditAbout(project)).as("outside the filter").hasSize(2);
    }

    @Test
    void anArchiveHoldsARedactedDigestedCopyAndIsListedShownAndPrunedInItsOrganization() throws Exception {
        assertThat(codeOf(() -> engine.auditEvents().createArchive(new CreateAuditArchiveInput("why", null, null,
                clock.instant().toString(), null, null, null)))).isEqualTo(ErrorCode.AUDIT_EVENT_SCOPE_REQUIRED);
        assertThat(validationFields(() -> engine.auditEvents().createArchive(CreateAuditArchiveInput.ofAggregate(" ",
                project)))).containsExactly("reason");

        AuditArchiveCreated created = engine.auditEvents().createArchive(CreateAuditArchiveInput.ofAggregate(
                "quarterly review", project));
        assertThat(created.schemaVersion()).isEqualTo("audit-events.archives.archive/v1");
        AuditArchiveSummary archive = created.archive();
        assertThat(archive.archiveSchemaVersion()).isEqualTo("audit-events.archive/v1");
        assertThat(archive.source()).isEqualTo(new AuditScope("aggregate", project, null, null));
        assertThat(archive.itemCount()).isEqualTo(2);
        assertThat(archive.truncated()).isFalse();
        assertThat(archive.retainSourceRows()).isFalse();
        assertThat(archive.contentDigest()).matches("sha256:[0-9a-f]{64}");

        AuditArchiveShown shown = engine.auditEvents().showArchive(archive.archiveId());
        assertThat(shown.schemaVersion()).isEqualTo("audit-events.archives.show/v1");
        assertThat(shown.archive().items()).isEqualTo(engine.auditEvents().export(ExportAuditEventsInput.of(project))
                .items());
        byte[] json = Json.write(shown.archive().items()).getBytes(StandardCharsets.UTF_8);
        assertThat("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)))
                .as("anyone holding the items can check the digest").isEqualTo(archive.contentDigest());

        clock.shift(Duration.ofMillis(5)); // archives made in one millisecond would list in id order
        AuditArchiveSummary truncated = engine.auditEvents().createArchive(new CreateAuditArchiveInput("first only",
                project, null, null, null, 1, null)).archive();
        assertThat(truncated.itemCount()).isEqualTo(1);
        assertThat(truncated.truncated()).isTrue();
        clock.shift(Duration.ofMillis(5));
        AuditArchiveSummary window = engine.auditEvents().createArchive(new CreateAuditArchiveInput("window", null,
                null, clock.instant().minusSeconds(3600).toString(), soon(), 500, null)).archive();
        assertThat(window.source().kind()).isEqualTo("global-window");
        assertThat(window.itemCount()).isGreaterThan(4);
        assertThat(engine.auditEvents().showArchive(window.archiveId()).archive().items())
                .extracting(AuditEventDetail::aggregateId).contains(project, resource).doesNotContain(theirProject);

        AuditArchiveList first = engine.auditEvents().listArchives(new ListAuditArchivesInput(null, null, null, null, 2,
                null));
        assertThat(first.items()).extracting(AuditArchiveSummary::archiveId)
                .containsExactly(window.archiveId(), truncated.archiveId());
        AuditArchiveList second = engine.auditEvents().listArchives(new ListAuditArchivesInput(null, null, null, null, 2,
                first.nextCursor()));
        assertThat(second.items()).extracting(AuditArchiveSummary::archiveId).containsExactly(archive.archiveId());
        assertThat(second.nextCursor()).isNull();
        assertThat(engine.auditEvents().listArchives(new ListAuditArchivesInput(project, null, null, null, null, null))
                .items()).hasSize(2);
        assertThat(inOther.auditEvents().listArchives(ListAuditArchivesInput.all()).items()).isEmpty();
        assertNotFound(() -> inOther.auditEvents().showArchive(archive.archiveId()));
        assertThat(audit(AUDIT_ARCHIVE_CREATED)).as("one audit event per archive").hasSize(3);

        AuditArchivesPruned dry = engine.auditEvents().pruneArchives(new PruneAuditArchivesInput(soon(), project, null,
                null));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(2);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.countsByEventType()).containsEntry("all", 2L);
        assertThat(inOther.auditEvents().pruneArchives(PruneAuditArchivesInput.before(soon(), false)).matchedCount())
                .isZero();
        engine.auditEvents().pruneArchives(new PruneAuditArchivesInput(soon(), project, null, false));
        assertNotFound(() -> engine.auditEvents().showArchive(archive.archiveId()));
        assertThat(engine.auditEvents().listArchives(ListAuditArchivesInput.all()).items())
                .extracting(AuditArchiveSummary::archiveId).containsExactly(window.archiveId());
        assertThat(auditAbout(project)).hasSize(2);
    }

    static final String AUDIT_ARCHIVE_CREATED = "audit-archive-created";

    @Test
    void aLegalHoldIsScopedListedShownAndReleasedOnce() {
        assertThat(codeOf(() -> engine.auditEvents().configureLegalHold(new ConfigureLegalHoldInput("why", null, null,
                clock.instant().toString(), null, null)))).isEqualTo(ErrorCode.AUDIT_EVENT_SCOPE_REQUIRED);
        assertThat(validationFields(() -> engine.auditEvents().configureLegalHold(new ConfigureLegalHoldInput(null,
                null, null, "2030-01-02T00:00:00Z", "2030-01-01T00:00:00Z", null)))).containsExactlyInAnyOrder("reason", "to");

        LegalHoldResult configured = engine.auditEvents().configureLegalHold(
                ConfigureLegalHoldInput.ofAggregate("litigation", project));
        assertThat(configured.schemaVersion()).isEqualTo("audit-events.legal-holds.hold/v1");
        LegalHoldView aggregate = configured.hold();
        assertThat(aggregate.status()).isEqualTo("active");
        assertThat(aggregate.scope()).isEqualTo(new AuditScope("aggregate", project, null, null));
        assertThat(aggregate.requestedBy()).as("the actor when not given").isNotBlank();
        clock.shift(Duration.ofMillis(5));
        LegalHoldView window = engine.auditEvents().configureLegalHold(new ConfigureLegalHoldInput("audit", null,
                "project.created", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "legal@example.com")).hold();
        assertThat(window.scope().kind()).isEqualTo("global-window");
        assertThat(window.scope().from()).isEqualTo("2026-01-01T00:00:00.000Z");
        assertThat(window.eventType()).isEqualTo("project.created");
        assertThat(audit(LEGAL_HOLD_CONFIGURED)).hasSize(2);

        LegalHoldList firstPage = engine.auditEvents().listLegalHolds(new ListLegalHoldsInput(null, null, null, 1, null));
        assertThat(firstPage.items()).extracting(LegalHoldView::holdId).containsExactly(window.holdId());
        assertThat(engine.auditEvents().listLegalHolds(new ListLegalHoldsInput(null, null, null, 1,
                firstPage.nextCursor())).items()).extracting(LegalHoldView::holdId).containsExactly(aggregate.holdId());
        assertThat(engine.auditEvents().listLegalHolds(new ListLegalHoldsInput(null, project, null, null, null))
                .items()).extracting(LegalHoldView::holdId).containsExactly(aggregate.holdId());
        assertThat(engine.auditEvents().showLegalHold(aggregate.holdId()).hold()).isEqualTo(aggregate);
        assertNotFound(() -> inOther.auditEvents().showLegalHold(aggregate.holdId()));
        assertNotFound(() -> inOther.auditEvents().releaseLegalHold(aggregate.holdId(), "not yours"));
        assertThat(inOther.auditEvents().listLegalHolds(ListLegalHoldsInput.all()).items()).isEmpty();

        assertThat(validationFields(() -> engine.auditEvents().releaseLegalHold(aggregate.holdId(), null)))
                .containsExactly("releaseReason");
        LegalHoldView released = engine.auditEvents().releaseLegalHold(aggregate.holdId(), "settled").hold();
        assertThat(released.status()).isEqualTo("released");
        assertThat(released.releaseReason()).isEqualTo("settled");
        assertThat(released.releasedAt()).isNotNull();
        assertThat(released.releasedBy()).isNotBlank();
        assertThat(codeOf(() -> engine.auditEvents().releaseLegalHold(aggregate.holdId(), "again")))
                .isEqualTo(ErrorCode.AUDIT_LEGAL_HOLD_RELEASED);
        assertThat(audit(LEGAL_HOLD_RELEASED)).hasSize(1);
        assertThat(engine.auditEvents().listLegalHolds(new ListLegalHoldsInput("released", null, null, null, null))
                .items()).extracting(LegalHoldView::holdId).containsExactly(aggregate.holdId());
        assertThat(engine.auditEvents().listLegalHolds(new ListLegalHoldsInput("active", null, null, null, null))
                .items()).extracting(LegalHoldView::holdId).containsExactly(window.holdId());
        assertThat(validationFields(() -> engine.auditEvents().listLegalHolds(new ListLegalHoldsInput("gone", null,
                null, null, null)))).containsExactly("status");
    }

    static final String LEGAL_HOLD_CONFIGURED = "audit-legal-hold-configured";
    static final String LEGAL_HOLD_RELEASED = "audit-legal-hold-released";
}

package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.audit.*;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code auditEvents.list|show|export|exportGlobal} on each store. */
public abstract class AuditEventScenarios extends AuditFixture {

    @Test
    void listPagesThroughTheOrganizationsEventsNewestFirstAndLeavesNoEventOfItsOwn() {
        long head = auditHead();
        List<StreamRecord> mine = auditOf(ORG);
        List<AuditEventSummary> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AuditEventList page = engine.auditEvents().list(new ListAuditEventsInput(null, null, 3, cursor));
            assertThat(page.schemaVersion()).isEqualTo("audit-events.list/v1");
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(seen).extracting(AuditEventSummary::auditEventId).as("every event once, newest first")
                .containsExactlyElementsOf(com.google.common.collect.Lists.reverse(mine).stream().map(r -> "aud_" + r.seq()).toList());
        assertThat(seen).extracting(AuditEventSummary::aggregateId).doesNotContain(theirProject);
        assertThat(auditHead()).as("reading the log does not grow it").isEqualTo(head);

        AuditEventList aboutProject = engine.auditEvents().list(ListAuditEventsInput.of(project));
        assertThat(aboutProject.items()).hasSize(2).allMatch(i -> i.aggregateId().equals(project));
        assertThat(aboutProject.nextCursor()).isNull();
        String renamed = aboutProject.items().get(0).eventType();
        assertThat(engine.auditEvents().list(new ListAuditEventsInput(null, renamed, null, null)).items())
                .isNotEmpty().allMatch(i -> i.eventType().equals(renamed));
        assertThat(inOther.auditEvents().list(ListAuditEventsInput.of(project)).items()).as("another organization's")
                .isEmpty();
        assertThat(validationFields(() -> engine.auditEvents().list(new ListAuditEventsInput(null, null, 101, "x!"))))
                .containsExactlyInAnyOrder("limit", "cursor");
        assertThat(validationFields(() -> engine.auditEvents().list(new ListAuditEventsInput("", null, null, null))))
                .containsExactly("aggregateId");
    }

    @Test
    void showGivesOneEventWithItsSafePayloadOnlyToItsOrganization() {
        String id = engine.auditEvents().list(ListAuditEventsInput.of(project)).items().get(1).auditEventId();

        AuditEventShown shown = engine.auditEvents().show(id);

        assertThat(shown.schemaVersion()).isEqualTo("audit-events.show/v1");
        AuditEventDetail event = shown.event();
        assertThat(event.auditEventId()).isEqualTo(id);
        assertThat(event.aggregateId()).isEqualTo(project);
        assertThat(event.payload()).containsEntry("operation", "projects.create").containsEntry("organizationId", ORG)
                .containsEntry("actorKind", "system").containsKey("at");
        assertThat(event.redactedFields()).isEmpty();
        assertThat(engine.auditEvents().list(ListAuditEventsInput.of(project)).items().get(1).createdAt())
                .isEqualTo(event.createdAt());
        assertThat(engine.auditEvents().show(id, project).event().auditEventId()).isEqualTo(id);

        assertNotFound(() -> engine.auditEvents().show(id, resource));
        assertNotFound(() -> inOther.auditEvents().show(id));
        assertNotFound(() -> engine.auditEvents().show("aud_999999999"));
        assertNotFound(() -> engine.auditEvents().show("prj_nothing"));
        String theirs = inOther.auditEvents().list(ListAuditEventsInput.of(theirProject)).items().get(0).auditEventId();
        assertNotFound(() -> engine.auditEvents().show(theirs));
    }

    @Test
    void exportNamesOneAggregateGivesRedactedItemsOldestFirstAndSaysWhenItIsTruncated() {
        assertThat(codeOf(() -> engine.auditEvents().export(new ExportAuditEventsInput(null, null, null, null, null))))
                .isEqualTo(ErrorCode.AUDIT_EVENT_SCOPE_REQUIRED);

        AuditEventExport all = engine.auditEvents().export(ExportAuditEventsInput.of(project));
        assertThat(all.schemaVersion()).isEqualTo("audit-events.export/v1");
        assertThat(all.aggregateId()).isEqualTo(project);
        assertThat(all.filters().limit()).isEqualTo(100);
        assertThat(all.filters().aggregateId()).isNull();
        assertThat(all.items()).extracting(AuditEventDetail::auditEventId)
                .containsExactlyElementsOf(auditAbout(project).stream().map(r -> "aud_" + r.seq()).toList());
        assertThat(all.itemCount()).isEqualTo(2);
        assertThat(all.truncated()).isFalse();

        AuditEventExport first = engine.auditEvents().export(new ExportAuditEventsInput(project, null, null, null, 1));
        assertThat(first.items()).hasSize(1);
        assertThat(first.truncated()).isTrue();
        assertThat(first.items().get(0).payload()).containsEntry("operation", "projects.create");

        Instant second = auditAbout(project).get(1).at();
        AuditEventExport upTo = engine.auditEvents().export(new ExportAuditEventsInput(project, null, null,
                second.toString(), null));
        assertThat(upTo.items()).as("to is exclusive").allMatch(i -> Instant.parse(i.createdAt()).isBefore(second));
        assertThat(inOther.auditEvents().export(ExportAuditEventsInput.of(project)).items()).isEmpty();
        assertThat(validationFields(() -> engine.auditEvents().export(new ExportAuditEventsInput(project, null,
                "2030-01-02T00:00:00Z", "2030-01-01T00:00:00Z", 501)))).containsExactlyInAnyOrder("to", "limit");
    }

    @Test
    void theInstanceOwnersGlobalExportSpansOrganizationsAnotherOwnersOnlyItsOwn() {
        String from = clock.instant().minusSeconds(3600).toString();
        String to = clock.instant().plusSeconds(60).toString();
        assertThat(validationFields(() -> engine.auditEvents().exportGlobal(
                new ExportGlobalAuditEventsInput(null, null, null, null, null)))).containsExactlyInAnyOrder("from", "to");
        assertThat(validationFields(() -> engine.auditEvents().exportGlobal(ExportGlobalAuditEventsInput.window(to,
                from)))).containsExactly("to");

        GlobalAuditEventExport everything = engine.auditEvents().exportGlobal(
                new ExportGlobalAuditEventsInput(null, null, from, to, 500));
        assertThat(everything.schemaVersion()).isEqualTo("audit-events.export-global/v1");
        assertThat(everything.filters().from()).isNotNull();
        assertThat(everything.items()).extracting(AuditEventDetail::aggregateId).contains(project, theirProject);
        assertThat(everything.itemCount()).isEqualTo(everything.items().size());

        GlobalAuditEventExport theirs = inOther.auditEvents().exportGlobal(
                new ExportGlobalAuditEventsInput(null, null, from, to, 500));
        assertThat(theirs.items()).extracting(AuditEventDetail::aggregateId).contains(theirProject)
                .doesNotContain(project, resource);
        assertThat(theirs.items()).allMatch(i -> other.equals(i.payload().get("organizationId")));

        GlobalAuditEventExport one = engine.auditEvents().exportGlobal(
                new ExportGlobalAuditEventsInput(project, null, from, to, 1));
        assertThat(one.items()).hasSize(1).allMatch(i -> i.aggregateId().equals(project));
        assertThat(one.truncated()).isTrue();
        assertThat(one.filters().aggregateId()).isEqualTo(project);
    }
}

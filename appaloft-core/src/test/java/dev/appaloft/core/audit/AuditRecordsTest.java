package dev.appaloft.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.audit.AuditEventDetail;
import dev.appaloft.api.store.StreamRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRecordsTest {

    private static StreamRecord record(String body) {
        return new StreamRecord("audit", 42, "server.registered", body, Instant.parse("2026-01-02T03:04:05.678Z"),
                "org_a", "srv_1");
    }

    @Test
    void primitivesAndStringListsStaySecretsAndNestedValuesAreRedacted() {
        AuditEventDetail detail = AuditRecords.detail(record("""
                {"operation":"servers.create","actorId":"usr_1","sessionId":"ses_1","count":3,"dryRun":true,
                 "tags":["a","b"],"privateKey":"-----BEGIN","token":"aplt_dt_x","password":"p","apiKey":"k",
                 "nested":{"a":1},"mixed":["a",1],"gone":null,"environmentValue":"SECRET=1"}"""));

        assertThat(detail.auditEventId()).isEqualTo("aud_42");
        assertThat(detail.aggregateId()).isEqualTo("srv_1");
        assertThat(detail.createdAt()).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(detail.payload()).containsEntry("operation", "servers.create").containsEntry("actorId", "usr_1")
                .containsEntry("sessionId", "ses_1").containsEntry("count", 3).containsEntry("dryRun", true)
                .containsEntry("tags", List.of("a", "b")).containsEntry("gone", null)
                .containsEntry("privateKey", "[redacted]").containsEntry("token", "[redacted]")
                .containsEntry("nested", "[redacted]").containsEntry("mixed", "[redacted]");
        assertThat(detail.redactedFields()).containsExactly("privateKey", "token", "password", "apiKey", "nested",
                "mixed", "environmentValue");
        assertThat(detail.payload().toString()).doesNotContain("BEGIN", "aplt_dt_x", "SECRET=1");
    }

    @Test
    void idsAreStreamPositions() {
        assertThat(AuditRecords.seq("aud_42")).isEqualTo(42);
        assertThat(AuditRecords.seq("aud_0")).isZero();
        assertThat(AuditRecords.seq("aud_-1")).isZero();
        assertThat(AuditRecords.seq("aud_99999999999999999999")).isZero();
        assertThat(AuditRecords.seq("prj_42")).isZero();
        assertThat(AuditRecords.seq(null)).isZero();
    }
}

package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filtered stream reads ({@link StoreReader#queryStream}): by organization, subject, type, time
 * window and sequence bounds, in either order, with a limit; the scope an entry was appended with
 * comes back on its record. {@link StoreContractTest} runs it against each backend.
 */
public interface StoreStreamQueryContract {

    Instant Q0 = Instant.parse("2025-03-01T00:00:00Z");

    Store store();

    private StreamRecord scoped(String stream, String type, int minute, String org, String subject) {
        return store().transaction(tx -> tx.append(stream, new StreamEntry(type, "{\"m\":" + minute + "}",
                Q0.plusSeconds(60L * minute), org, subject)));
    }

    private List<Long> seqs(String stream, StreamQuery query) {
        return store().read(r -> r.queryStream(stream, query)).stream().map(StreamRecord::seq).toList();
    }

    @Test
    default void aQueryNarrowsByOrganizationSubjectTypeAndWindowInEitherOrder() {
        scoped("audit", "a.created", 0, "org_a", "prj_1");   // 1
        scoped("audit", "a.created", 1, "org_b", "prj_1");   // 2
        scoped("audit", "a.renamed", 2, "org_a", "prj_1");   // 3
        scoped("audit", "a.created", 3, "org_a", "prj_2");   // 4
        store().transaction(tx -> tx.append("audit", new StreamEntry("unscoped", "{}", Q0.plusSeconds(240)))); // 5
        scoped("other", "a.created", 0, "org_a", "prj_1");

        assertThat(seqs("audit", StreamQuery.of("org_a", 10))).containsExactly(1L, 3L, 4L);
        assertThat(seqs("audit", StreamQuery.of(null, 10))).as("every organization's; an unscoped record is nobody's")
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(seqs("audit", StreamQuery.of(null, 10).window(Q0.plusSeconds(60), Q0.plusSeconds(300))))
                .containsExactly(2L, 3L, 4L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).subject("prj_1"))).containsExactly(1L, 3L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).type("a.created"))).containsExactly(1L, 4L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).window(Q0.plusSeconds(60), Q0.plusSeconds(180))))
                .as("from inclusive, to exclusive").containsExactly(3L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).newestFirst())).containsExactly(4L, 3L, 1L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 2).newestFirst())).containsExactly(4L, 3L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).newestFirst().before(4))).containsExactly(3L, 1L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 1).after(1))).containsExactly(3L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).after(2).before(4))).containsExactly(3L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 0))).isEmpty();
        assertThat(seqs("audit", StreamQuery.of("org_c", 10))).isEmpty();
        assertThat(seqs("never", StreamQuery.of("org_a", 10))).isEmpty();
    }

    @Test
    default void aScopedRecordCarriesItsScopeWhicheverWayItIsRead() {
        StreamRecord appended = scoped("audit", "a.created", 0, "org_a", "prj_1");
        assertThat(appended.organizationId()).isEqualTo("org_a");
        assertThat(appended.subjectId()).isEqualTo("prj_1");
        StreamRecord queried = store().read(r -> r.queryStream("audit", StreamQuery.of("org_a", 1))).get(0);
        StreamRecord read = store().read(r -> r.readStream("audit", 0, 1)).get(0);
        assertThat(queried).isEqualTo(appended).isEqualTo(read);
        assertThat(store().read(r -> r.lastRecords(List.of("audit"))).get("audit")).isEqualTo(appended);
    }

    @Test
    default void aQueryInsideATransactionSeesItsOwnAppendsAndDeletions() {
        scoped("audit", "a.created", 0, "org_a", "prj_1");
        List<Long> inside = store().transaction(tx -> {
            tx.append("audit", new StreamEntry("a.renamed", "{}", Q0.plusSeconds(60), "org_a", "prj_1"));
            tx.deleteStreamRecords("audit", List.of(1L));
            return tx.queryStream("audit", StreamQuery.of("org_a", 10)).stream().map(StreamRecord::seq).toList();
        });
        assertThat(inside).containsExactly(2L);
        assertThat(seqs("audit", StreamQuery.of("org_a", 10).subject("prj_1"))).containsExactly(2L);
    }
}

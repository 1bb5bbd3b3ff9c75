package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every store answers to {@link DocumentQuery}: filters on declared index fields of each
 * type, order, keyset paging, limits and counts, batched reads. {@link StoreContractTest} runs it
 * against each backend, with a fresh store per test.
 */
public interface StoreQueryContract {

    String D = StoreCollections.DEPLOYMENTS;
    String TOKENS = StoreCollections.DEPLOY_TOKENS;
    String INVITES = StoreCollections.INVITATIONS;
    Instant Q0 = Instant.parse("2025-01-01T00:00:00Z");

    Store store();

    @Test
    default void queryFiltersOnEveryDeclaredField() {
        DocumentIndex full = index("o1", "p1", "e1", "r1", "s1", "active");
        insert(D, draft("match", full, Q0));
        insert(D, draft("other", index("o2", "p2", "e2", "r2", "s2", "failed"), Q0));
        insert(D, draft("blank", DocumentIndex.NONE, Q0));

        for (String field : full.values().keySet()) {
            DocumentIndex filter = DocumentIndex.NONE.with(field, full.get(field));
            assertThat(ids(D, DocumentQuery.where(filter))).as("filter %s", field).containsExactly("match");
            assertThat(count(D, DocumentQuery.where(filter))).as("count %s", field).isEqualTo(1);
        }
        assertThat(ids(D, DocumentQuery.where(full))).containsExactly("match");
        assertThat(ids(D, DocumentQuery.where(full.with(IndexFields.SERVER_ID, "s2")))).isEmpty();
        assertThat(ids(D, DocumentQuery.all())).containsExactlyInAnyOrder("match", "other", "blank");
    }

    @Test
    default void queryIncludesOrExcludesValues() {
        insert(D, draft("a", status("active"), Q0));
        insert(D, draft("b", status("archived"), Q0.plusMillis(1)));
        insert(D, draft("c", status("failed"), Q0.plusMillis(2)));
        insert(D, draft("d", DocumentIndex.NONE, Q0.plusMillis(3)));

        assertThat(ids(D, DocumentQuery.all().statusIn(Set.of("active", "failed")))).containsExactly("a", "c");
        // a document without a status is not in any excluded status
        assertThat(ids(D, DocumentQuery.all().statusNotIn(Set.of("archived", "failed")))).containsExactly("a", "d");
        assertThat(ids(D, DocumentQuery.all().statusIn(Set.of("active", "archived")).statusNotIn(Set.of("archived"))))
                .containsExactly("a");
        assertThat(count(D, DocumentQuery.all().statusNotIn(Set.of("active")))).isEqualTo(3);
        assertThat(ids(D, DocumentQuery.all().anyOf(IndexFields.STATUS, Set.of()))).as("empty anyOf").isEmpty();
        assertThat(ids(D, DocumentQuery.all().noneOf(IndexFields.STATUS, Set.of()))).hasSize(4);
    }

    @Test
    default void textSetFieldsMatchAnyHeldValueAndFollowUpdates() {
        Document t1 = insert(TOKENS, draft("t1", DocumentIndex.ofOrganization("o")
                .with("resource_ids", Set.of("res_a", "res_b")).with("repository_full_names", Set.of("acme/web")), Q0));
        insert(TOKENS, draft("t2", DocumentIndex.ofOrganization("o").with("resource_ids", Set.of("res_b")),
                Q0.plusMillis(1)));
        insert(TOKENS, draft("t3", DocumentIndex.ofOrganization("o"), Q0.plusMillis(2)));

        assertThat(find(TOKENS, "t1").orElseThrow().index()).isEqualTo(t1.index());
        assertThat(ids(TOKENS, where("resource_ids", "res_a"))).containsExactly("t1");
        assertThat(ids(TOKENS, where("resource_ids", "res_b"))).containsExactly("t1", "t2");
        assertThat(ids(TOKENS, where("resource_ids", "res_b").anyOf("repository_full_names", Set.of("acme/web"))))
                .containsExactly("t1");
        assertThat(ids(TOKENS, DocumentQuery.all().anyOf("resource_ids", Set.of("res_a", "res_x"))))
                .containsExactly("t1");
        // an absent set holds none of the values
        assertThat(ids(TOKENS, DocumentQuery.all().noneOf("resource_ids", Set.of("res_a")))).containsExactly("t2", "t3");

        store().transaction(tx -> tx.update(TOKENS, t1.toDraft(DocumentIndex.ofOrganization("o")
                .with("resource_ids", Set.of("res_c")), Set.of(), "{}", Q0), 1));
        assertThat(ids(TOKENS, where("resource_ids", "res_a"))).isEmpty();
        assertThat(ids(TOKENS, where("resource_ids", "res_c"))).containsExactly("t1");
        assertThat(ids(TOKENS, where("repository_full_names", "acme/web"))).isEmpty();

        store().transaction(tx -> {
            tx.delete(TOKENS, "t1", 2);
            return null;
        });
        assertThat(ids(TOKENS, where("resource_ids", "res_c"))).isEmpty();
    }

    @Test
    default void numberRangesAndCreatedBefore() {
        insert(INVITES, draft("early", DocumentIndex.NONE.with("expires_at", 100L), Q0));
        insert(INVITES, draft("late", DocumentIndex.NONE.with("expires_at", 200L), Q0.plusSeconds(10)));
        insert(INVITES, draft("never", DocumentIndex.NONE, Q0.plusSeconds(20)));

        assertThat(ids(INVITES, DocumentQuery.all().atLeast("expires_at", 100))).containsExactly("early", "late");
        assertThat(ids(INVITES, DocumentQuery.all().atLeast("expires_at", 101))).containsExactly("late");
        assertThat(ids(INVITES, DocumentQuery.all().below("expires_at", 200))).containsExactly("early");
        assertThat(ids(INVITES, DocumentQuery.all().atLeast("expires_at", 100).below("expires_at", 200)))
                .containsExactly("early");
        assertThat(ids(INVITES, DocumentQuery.all().createdBefore(Q0.plusSeconds(10)))).containsExactly("early");
        assertThat(count(INVITES, DocumentQuery.all().createdBefore(Q0.plusSeconds(21)))).isEqualTo(3);
    }

    @Test
    default void undeclaredFieldsAndWrongTypesAreRefused() {
        assertThatThrownBy(() -> insert(StoreCollections.PROJECTS,
                draft("p", DocumentIndex.NONE.with(IndexFields.SERVER_ID, "s"), Q0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server_id");
        assertThatThrownBy(() -> insert(INVITES, draft("i", DocumentIndex.NONE.with("expires_at", "soon"), Q0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expires_at");
        assertThatThrownBy(() -> ids(StoreCollections.PROJECTS, where("resource_id", "r")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids(D, DocumentQuery.all().atLeast(IndexFields.STATUS, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ids(StoreCollections.PROJECTS, DocumentQuery.all())).as("nothing half-written").isEmpty();
    }

    @Test
    default void findAllReadsTheExistingIdsOfOneCollection() {
        for (int i = 0; i < 600; i++) { // more than one IN chunk
            insert(D, draft("d" + i, DocumentIndex.NONE, Q0));
        }
        insert(StoreCollections.PROJECTS, draft("p1", DocumentIndex.NONE, Q0));
        List<String> wanted = new ArrayList<>(List.of("d3", "d599", "ghost", "p1", "d3"));
        for (int i = 100; i < 550; i++) {
            wanted.add("d" + i);
        }

        List<String> found = store().read(r -> r.findAll(D, wanted)).stream().map(Document::id).toList();

        assertThat(found).hasSize(452).contains("d3", "d599", "d100", "d549").doesNotContain("ghost", "p1");
        List<Document> none = store().read(r -> r.findAll(D, List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    default void groupedReadsCountAndPickTheNewestPerValue() {
        insert(D, draft("a1", resourceStatus("r1", "succeeded"), Q0));
        insert(D, draft("a2", resourceStatus("r1", "failed"), Q0.plusSeconds(2)));
        insert(D, draft("a3", resourceStatus("r1", "succeeded"), Q0.plusSeconds(1)));
        insert(D, draft("b1", resourceStatus("r2", "succeeded"), Q0));
        insert(D, draft("b2", resourceStatus("r2", "succeeded"), Q0)); // same instant: the id decides
        insert(D, draft("c1", resourceStatus("r3", "failed"), Q0));
        insert(D, draft("none", DocumentIndex.NONE.with(IndexFields.STATUS, "succeeded"), Q0.plusSeconds(9)));
        DocumentQuery pageOfResources = DocumentQuery.all().anyOf(IndexFields.RESOURCE_ID, Set.of("r1", "r2"));

        java.util.Map<String, Long> counts = store().read(r -> r.countBy(D, pageOfResources, IndexFields.RESOURCE_ID));
        List<Document> newest = store().read(r -> r.newestBy(D, pageOfResources, IndexFields.RESOURCE_ID));
        List<Document> newestSucceeded = store().read(r -> r.newestBy(D,
                pageOfResources.statusIn(Set.of("succeeded")), IndexFields.RESOURCE_ID));
        java.util.Map<String, Long> failed = store().read(r -> r.countBy(D,
                DocumentQuery.all().statusIn(Set.of("failed")), IndexFields.RESOURCE_ID));

        assertThat(counts).containsOnly(java.util.Map.entry("r1", 3L), java.util.Map.entry("r2", 2L));
        assertThat(newest).extracting(Document::id).containsExactlyInAnyOrder("a2", "b2");
        assertThat(newestSucceeded).extracting(Document::id).containsExactlyInAnyOrder("a3", "b2");
        assertThat(failed).containsOnly(java.util.Map.entry("r1", 1L), java.util.Map.entry("r3", 1L));
        assertThatThrownBy(() -> store().read(r -> r.countBy(TOKENS, DocumentQuery.all(), "resource_ids")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void lastRecordsReadTheHeadOfManyStreamsAtOnce() {
        store().transaction(tx -> {
            tx.append("s1", new StreamEntry("one", "{}", Q0));
            tx.append("s1", new StreamEntry("two", "{}", Q0));
            tx.append("s2", new StreamEntry("only", "{}", Q0));
            tx.append("gone", new StreamEntry("x", "{}", Q0));
            tx.truncateStream("gone");
            return null;
        });

        java.util.Map<String, StreamRecord> last = store().read(r -> r.lastRecords(List.of("s1", "s2", "gone", "new")));
        assertThat(last).containsOnlyKeys("s1", "s2");
        assertThat(last.get("s1").type()).isEqualTo("two");
        assertThat(last.get("s1").seq()).isEqualTo(2);
        assertThat(last.get("s2").type()).isEqualTo("only");
    }

    @Test
    default void queryOrdersByCreatedAtThenIdInEitherDirection() {
        insert(D, draft("b", DocumentIndex.NONE, Q0.plusSeconds(1)));
        insert(D, draft("c", DocumentIndex.NONE, Q0));
        insert(D, draft("a", DocumentIndex.NONE, Q0.plusSeconds(1)));
        insert(D, draft("d", DocumentIndex.NONE, Q0.plusSeconds(2)));

        assertThat(ids(D, DocumentQuery.all())).containsExactly("c", "a", "b", "d");
        assertThat(ids(D, DocumentQuery.all().newestFirst())).containsExactly("d", "b", "a", "c");
    }

    @Test
    default void keysetCursorPagesThroughEveryDocumentOnce() {
        for (int i = 0; i < 7; i++) {
            // pairs share a createdAt so the id tiebreak decides the page boundary
            insert(D, draft("doc" + i, DocumentIndex.ofOrganization("o"), Q0.plusSeconds(i / 2)));
        }
        insert(D, draft("elsewhere", DocumentIndex.ofOrganization("x"), Q0));

        for (boolean newestFirst : new boolean[] {false, true}) {
            DocumentQuery base = DocumentQuery.where(DocumentIndex.ofOrganization("o")).limit(3);
            DocumentQuery query = newestFirst ? base.newestFirst() : base;
            List<String> seen = new ArrayList<>();
            List<Document> page = store().read(r -> r.query(D, query));
            while (!page.isEmpty()) {
                assertThat(page.size()).isLessThanOrEqualTo(3);
                page.forEach(d -> seen.add(d.id()));
                Document last = page.get(page.size() - 1);
                page = store().read(r -> r.query(D, query.after(last.createdAt(), last.id())));
            }
            List<String> expected = new ArrayList<>(List.of("doc0", "doc1", "doc2", "doc3", "doc4", "doc5", "doc6"));
            if (newestFirst) {
                Collections.reverse(expected);
            }
            assertThat(seen).as("newestFirst=%s", newestFirst).containsExactlyElementsOf(expected);
        }
    }

    @Test
    default void limitCapsResultsButCountIgnoresLimitAndCursor() {
        for (int i = 0; i < 5; i++) {
            insert(D, draft("d" + i, DocumentIndex.ofOrganization("o"), Q0.plusSeconds(i)));
        }
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization("o")).limit(2);

        assertThat(ids(D, query)).containsExactly("d0", "d1");
        assertThat(ids(D, query.limit(0))).isEmpty();
        assertThat(count(D, query)).isEqualTo(5);
        assertThat(count(D, query.after(Q0.plusSeconds(3), "d3"))).isEqualTo(5);
        assertThat(ids(D, query.after(Q0.plusSeconds(3), "d3"))).containsExactly("d4");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static DocumentIndex index(String org, String project, String env, String resource, String server,
                                       String status) {
        return DocumentIndex.ofOrganization(org).with(IndexFields.PROJECT_ID, project)
                .with(IndexFields.ENVIRONMENT_ID, env).with(IndexFields.RESOURCE_ID, resource)
                .with(IndexFields.SERVER_ID, server).with(IndexFields.STATUS, status);
    }

    private static DocumentIndex resourceStatus(String resource, String status) {
        return DocumentIndex.NONE.with(IndexFields.RESOURCE_ID, resource).with(IndexFields.STATUS, status);
    }

    private static DocumentIndex status(String status) {
        return DocumentIndex.NONE.with(IndexFields.STATUS, status);
    }

    private static DocumentQuery where(String field, Object value) {
        return DocumentQuery.where(DocumentIndex.NONE.with(field, value));
    }

    private static DocumentDraft draft(String id, DocumentIndex index, Instant at) {
        return new DocumentDraft(id, index, Set.of(), "{}", at, at);
    }

    default DocumentDraft draft(String id, DocumentIndex index, Set<String> keys, String body, Instant at) {
        return new DocumentDraft(id, index, keys, body, at, at);
    }

    default Document insert(String collection, DocumentDraft draft) {
        return store().transaction(tx -> tx.insert(collection, draft));
    }

    default java.util.Optional<Document> find(String collection, String id) {
        return store().read(r -> r.find(collection, id));
    }

    default List<String> ids(String collection, DocumentQuery query) {
        return store().read(r -> r.query(collection, query)).stream().map(Document::id).toList();
    }

    default long count(String collection, DocumentQuery query) {
        return store().read(r -> r.count(collection, query));
    }
}

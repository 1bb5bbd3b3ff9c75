package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How every work queue lists: filters run in the store, newest first, keyset pages. */
public interface WorkQueueListingContract {

    Instant W0 = Instant.parse("2025-01-01T00:00:00Z");
    WorkError FAILURE = new WorkError("build", "build_failed", "exit code 2");

    WorkQueue queue();

    MutableClock clock();


    @Test
    default void listMatchesEveryReferenceAskedForAndTellsRetriesFromFreshItems() {
        WorkItem both = queue().enqueue(listRequest("deploy").withReference("resourceId", "res_1")
                .withReference("serverId", "srv_1"));
        WorkItem onlyResource = queue().enqueue(listRequest("deploy").withReference("resourceId", "res_1"));
        WorkItem retried = queue().enqueue(listRequest("retry-me").withMaxAttempts(3));
        assertThat(queue().claim("w1", Set.of("retry-me"), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(queue().fail(retried.id(), "w1", FAILURE, Duration.ofMinutes(1), true)).isTrue();

        assertThat(listedIds(WorkFilter.all().reference("resourceId", "res_1").reference("serverId", "srv_1")))
                .containsExactly(both.id());
        assertThat(listedIds(WorkFilter.all().reference("resourceId", "res_1"))).containsExactlyInAnyOrder(both.id(),
                onlyResource.id());
        assertThat(listedIds(WorkFilter.all().statuses(Set.of(WorkStatus.PENDING)).retried(true)))
                .containsExactly(retried.id());
        assertThat(listedIds(WorkFilter.all().statuses(Set.of(WorkStatus.PENDING)).retried(false)))
                .containsExactlyInAnyOrder(both.id(), onlyResource.id());
    }

    @Test
    default void listFiltersInTheStoreAndPagesNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clock().set(W0.plusSeconds(i / 2)); // pairs share createdAt, so the id decides within a pair
            WorkRequest r = listRequest(i % 2 == 0 ? "build" : "deploy").withOrganizationId(i < 4 ? "org_a" : "org_b")
                    .withReference("resourceId", "res_" + (i % 3));
            created.add(queue().enqueue(r).id());
        }
        clock().set(W0.plusSeconds(10));
        queue().claim("w1", Set.of("build"), 1, Duration.ofSeconds(30));

        assertThat(listedIds(WorkFilter.all().kinds(Set.of("deploy")))).containsExactlyInAnyOrder(created.get(1),
                created.get(3), created.get(5));
        assertThat(listedIds(WorkFilter.all().statuses(Set.of(WorkStatus.RUNNING)))).containsExactly(created.get(0));
        assertThat(listedIds(WorkFilter.all().organizationId("org_b"))).hasSize(3);
        assertThat(listedIds(WorkFilter.all().reference("resourceId", "res_1"))).containsExactlyInAnyOrder(created.get(1),
                created.get(4));
        assertThat(listedIds(WorkFilter.all().reference("projectId", "res_1"))).isEmpty();
        assertThat(listedIds(WorkFilter.all().createdBefore(W0.plusSeconds(1)))).containsExactlyInAnyOrder(created.get(0),
                created.get(1));
        assertThat(queue().count(WorkFilter.all().organizationId("org_a").kinds(Set.of("build")))).isEqualTo(2);

        List<WorkItem> everything = queue().list(WorkFilter.all());
        assertThat(everything).isSortedAccordingTo(
                java.util.Comparator.comparing(WorkItem::createdAt).thenComparing(WorkItem::id).reversed());
        List<String> paged = new ArrayList<>();
        WorkFilter page = WorkFilter.all().limit(3);
        for (List<WorkItem> items = queue().list(page); !items.isEmpty(); items = queue().list(page)) {
            assertThat(items.size()).isLessThanOrEqualTo(3);
            items.forEach(item -> paged.add(item.id()));
            page = page.after(items.get(items.size() - 1));
        }
        assertThat(paged).containsExactlyElementsOf(everything.stream().map(WorkItem::id).toList());
        assertThat(queue().count(page)).isEqualTo(7);
        assertThat(queue().list(WorkFilter.all().limit(0))).isEmpty();
    }

    private List<String> listedIds(WorkFilter filter) {
        return queue().list(filter).stream().map(WorkItem::id).toList();
    }

    private static WorkRequest listRequest(String kind) {
        return WorkRequest.of(kind, "{}");
    }
}

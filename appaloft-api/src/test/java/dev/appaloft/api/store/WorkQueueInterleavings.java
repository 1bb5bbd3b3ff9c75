package dev.appaloft.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.work.WorkError;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkQueue;
import dev.appaloft.api.store.work.WorkRequest;
import dev.appaloft.api.store.work.WorkStateException;
import dev.appaloft.api.store.work.WorkStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of claims, completions, failures, renewals, cancels and clock jumps by a
 * few owners, checked against a small model of who holds what. A backend's property class extends
 * this and supplies a store; every try works on a kind of its own, so one store serves all tries.
 *
 * <p>Checked after every step: a running item has exactly the holder the model expects (so no
 * item is ever held by two owners), a claim never takes an item whose lease is live, and an owner
 * whose lease was taken over cannot complete or fail. At the end, driving every item to its end
 * leaves each in exactly one terminal status.
 */
public abstract class WorkQueueInterleavings {

    private static final AtomicLong TRIES = new AtomicLong();
    private static final List<String> OWNERS = List.of("o0", "o1", "o2");
    private static final WorkError ERROR = new WorkError("run", "boom", "failed on purpose");

    /** A store that lives across tries; its clock is {@link #clock()}. */
    protected abstract Store store();

    protected abstract MutableClock clock();

    sealed interface Step permits Claim, Finish, Renew, Advance, Cancel {
    }

    /** {@code who}: 0 the model's holder, 1 an owner who lost the item, 2+ any owner. */
    record Finish(int who, int item, boolean complete, boolean retriable, int delaySeconds) implements Step {
    }

    record Claim(int owner, int max, int leaseSeconds) implements Step {
    }

    record Renew(int who, int item, int leaseSeconds) implements Step {
    }

    record Advance(int seconds) implements Step {
    }

    record Cancel(int item) implements Step {
    }

    private record Holding(String owner, Instant expires) {
    }

    @Property(tries = 150)
    void interleavingsNeverShareAnItemAndEveryItemEndsOnce(
            @ForAll @IntRange(min = 1, max = 6) int items,
            @ForAll @IntRange(min = 1, max = 3) int maxAttempts,
            @ForAll("steps") @Size(max = 60) List<Step> steps) {
        new Run(items, maxAttempts).play(steps);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> owner = Arbitraries.integers().between(0, OWNERS.size() - 1);
        Arbitrary<Integer> item = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> who = Arbitraries.integers().between(0, OWNERS.size() + 1);
        Arbitrary<Integer> leaseSeconds = Arbitraries.integers().between(1, 30);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(owner, Arbitraries.integers().between(1, 3), leaseSeconds)
                        .as(Claim::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(who, item, Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 10)).as(Finish::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(who, item, leaseSeconds).as(Renew::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 40).map(Advance::new)),
                net.jqwik.api.Tuple.of(1, item.map(Cancel::new)));
        return step.list();
    }

    /** One try: its own kind, items and model. */
    private final class Run {

        private final String kind = "try-" + TRIES.incrementAndGet();
        private final WorkQueue queue = store().work();
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Holding> holders = new HashMap<>();
        private final Map<String, Set<String>> lost = new HashMap<>();

        Run(int items, int maxAttempts) {
            for (int i = 0; i < items; i++) {
                ids.add(queue.enqueue(WorkRequest.of(kind, "{\"i\":" + i + "}").withMaxAttempts(maxAttempts)).id());
            }
        }

        void play(List<Step> steps) {
            for (Step step : steps) {
                if (step instanceof Claim c) {
                    claim(OWNERS.get(c.owner()), c.max(), Duration.ofSeconds(c.leaseSeconds()));
                } else if (step instanceof Finish f) {
                    finish(f);
                } else if (step instanceof Renew r) {
                    renew(r);
                } else if (step instanceof Advance a) {
                    clock().advance(Duration.ofSeconds(a.seconds()));
                } else if (step instanceof Cancel c) {
                    cancel(id(c.item()));
                }
                checkHolders();
            }
            driveToTheEnd();
        }

        private void claim(String owner, int max, Duration lease) {
            Instant now = clock().instant();
            for (WorkItem item : queue.claim(owner, Set.of(kind), max, lease)) {
                Holding previous = holders.get(item.id());
                assertThat(previous == null || !previous.expires().isAfter(now))
                        .as("%s claimed %s while %s held a live lease", owner, item.id(), previous).isTrue();
                if (previous != null) {
                    lose(item.id(), previous.owner());
                }
                holders.put(item.id(), new Holding(owner, item.leaseExpiresAt()));
            }
            // a claim dead-letters expired items on their last attempt: their holders lost them
            for (String id : List.copyOf(holders.keySet())) {
                WorkItem stored = queue.find(id).orElseThrow();
                if (stored.status() != WorkStatus.RUNNING) {
                    assertThat(stored.status()).isEqualTo(WorkStatus.DEAD_LETTERED);
                    assertThat(holders.get(id).expires()).isBeforeOrEqualTo(now);
                    lose(id, holders.remove(id).owner());
                }
            }
        }

        private void finish(Finish f) {
            String id = id(f.item());
            String owner = pickOwner(f.who(), id);
            Holding holding = holders.get(id);
            boolean holds = holding != null && holding.owner().equals(owner);
            boolean done = f.complete() ? queue.complete(id, owner)
                    : queue.fail(id, owner, ERROR, Duration.ofSeconds(f.delaySeconds()), f.retriable());
            if (!holds) {
                assertThat(done).as("%s finished %s without holding it (lost: %s)", owner, id,
                        lost.getOrDefault(id, Set.of())).isFalse();
                return;
            }
            assertThat(done).as("the holder %s could not finish %s", owner, id).isTrue();
            holders.remove(id);
        }

        private void renew(Renew r) {
            String id = id(r.item());
            String owner = pickOwner(r.who(), id);
            Holding holding = holders.get(id);
            boolean live = holding != null && holding.owner().equals(owner) && holding.expires().isAfter(clock().instant());
            assertThat(queue.renew(id, owner, Duration.ofSeconds(r.leaseSeconds()))).isEqualTo(live);
            if (live) {
                holders.put(id, new Holding(owner, queue.find(id).orElseThrow().leaseExpiresAt()));
            }
        }

        private void cancel(String id) {
            try {
                queue.cancel(id, "interleaving");
                Holding holding = holders.remove(id);
                if (holding != null) {
                    lose(id, holding.owner());
                }
            } catch (WorkStateException e) {
                assertThat(e.current().terminal()).isTrue();
                assertThat(holders).doesNotContainKey(id);
            }
        }

        /** The stored lease of every item is the model's: one holder or none. */
        private void checkHolders() {
            for (String id : ids) {
                WorkItem stored = queue.find(id).orElseThrow();
                Holding holding = holders.get(id);
                if (stored.status() == WorkStatus.RUNNING) {
                    assertThat(holding).as("running %s has no holder in the model", id).isNotNull();
                    assertThat(stored.leaseOwner()).isEqualTo(holding.owner());
                    assertThat(stored.leaseExpiresAt()).isEqualTo(holding.expires());
                } else {
                    assertThat(holding).as("%s is %s but the model has a holder", id, stored.status()).isNull();
                    assertThat(stored.leaseOwner()).isNull();
                }
            }
        }

        private void driveToTheEnd() {
            for (int round = 0; round < 50; round++) {
                clock().advance(Duration.ofDays(1));
                List<WorkItem> claimed = queue.claim("finisher", Set.of(kind), 10, Duration.ofMinutes(1));
                if (claimed.isEmpty()) {
                    break;
                }
                claimed.forEach(item -> assertThat(queue.complete(item.id(), "finisher")).isTrue());
            }
            WorkFilter mine = WorkFilter.all().kinds(Set.of(kind));
            List<WorkItem> ended = queue.list(mine);
            assertThat(ended).extracting(WorkItem::id).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ended).allSatisfy(item -> assertThat(item.status().terminal()).as(item.id()).isTrue());
            long byStatus = 0;
            for (WorkStatus status : WorkStatus.values()) {
                byStatus += queue.count(mine.statuses(Set.of(status)));
            }
            assertThat(byStatus).isEqualTo(ids.size());
            assertThat(queue.count(mine.statuses(Set.of(WorkStatus.PENDING, WorkStatus.RUNNING)))).isZero();
        }

        private String pickOwner(int who, String id) {
            Holding holding = holders.get(id);
            if (who == 0 && holding != null) {
                return holding.owner();
            }
            Set<String> losers = lost.getOrDefault(id, Set.of());
            if (who == 1 && !losers.isEmpty()) {
                return losers.iterator().next();
            }
            return OWNERS.get(Math.max(0, who - 2) % OWNERS.size());
        }

        private void lose(String id, String owner) {
            lost.computeIfAbsent(id, k -> new HashSet<>()).add(owner);
        }

        private String id(int pick) {
            return ids.get(pick % ids.size());
        }
    }
}

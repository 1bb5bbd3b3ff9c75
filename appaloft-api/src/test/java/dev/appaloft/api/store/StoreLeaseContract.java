package dev.appaloft.api.store;

import static dev.appaloft.api.store.ConcurrentRuns.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store's {@link Leases} guarantee: one live holder, expiry judged by the store's clock,
 * fences that only rise. {@link StoreContractTest} runs it with a clock starting at {@link #L0}.
 */
public interface StoreLeaseContract {

    Instant L0 = Instant.parse("2025-01-01T00:00:00Z");

    Store store();

    MutableClock clock();

    @Test
    default void aFreeLeaseIsAcquiredAndFound() {
        Lease lease = store().leases().acquire("job", "w1", Duration.ofSeconds(30)).orElseThrow();

        assertThat(lease.key()).isEqualTo("job");
        assertThat(lease.owner()).isEqualTo("w1");
        assertThat(lease.acquiredAt()).isEqualTo(L0);
        assertThat(lease.expiresAt()).isEqualTo(L0.plusSeconds(30));
        assertThat(lease.fence()).isPositive();
        assertThat(store().leases().find("job")).contains(lease);
        assertThat(store().leases().find("other")).isEmpty();
    }

    @Test
    default void aLiveLeaseOfAnotherOwnerIsRefusedUntilTheClockPassesItsExpiry() {
        Lease first = store().leases().acquire("job", "w1", Duration.ofSeconds(30)).orElseThrow();

        clock().advance(Duration.ofSeconds(29));
        assertThat(store().leases().acquire("job", "w2", Duration.ofSeconds(30))).isEmpty();
        clock().advance(Duration.ofSeconds(1));
        assertThat(store().leases().find("job")).contains(first); // expired, not yet taken over
        Lease second = store().leases().acquire("job", "w2", Duration.ofSeconds(30)).orElseThrow();

        assertThat(second.owner()).isEqualTo("w2");
        assertThat(second.fence()).isGreaterThan(first.fence());
        assertThat(store().leases().find("job")).contains(second);
    }

    @Test
    default void theOwnerReacquiringExtendsItsLeaseWithANewFence() {
        Lease first = store().leases().acquire("job", "w1", Duration.ofSeconds(10)).orElseThrow();
        clock().advance(Duration.ofSeconds(5));

        Lease again = store().leases().acquire("job", "w1", Duration.ofSeconds(10)).orElseThrow();
        assertThat(again.expiresAt()).isEqualTo(L0.plusSeconds(15));
        assertThat(again.fence()).isGreaterThan(first.fence());
    }

    @Test
    default void onlyTheLiveHolderRenews() {
        Lease lease = store().leases().acquire("job", "w1", Duration.ofSeconds(10)).orElseThrow();
        clock().advance(Duration.ofSeconds(8));

        assertThat(store().leases().renew("job", "w2", Duration.ofSeconds(10))).isEmpty();
        Lease renewed = store().leases().renew("job", "w1", Duration.ofSeconds(10)).orElseThrow();
        assertThat(renewed.expiresAt()).isEqualTo(L0.plusSeconds(18));
        assertThat(renewed.fence()).isEqualTo(lease.fence());
        assertThat(renewed.owner()).isEqualTo("w1");

        clock().advance(Duration.ofSeconds(10));
        assertThat(store().leases().renew("job", "w1", Duration.ofSeconds(10))).isEmpty();
        assertThat(store().leases().renew("never", "w1", Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    default void onlyTheHolderReleasesAndTheFenceKeepsRising() {
        Lease first = store().leases().acquire("job", "w1", Duration.ofSeconds(10)).orElseThrow();

        assertThat(store().leases().release("job", "w2")).isFalse();
        assertThat(store().leases().find("job")).contains(first);
        assertThat(store().leases().release("job", "w1")).isTrue();
        assertThat(store().leases().find("job")).isEmpty();
        assertThat(store().leases().release("job", "w1")).isFalse();
        assertThat(store().leases().renew("job", "w1", Duration.ofSeconds(10))).isEmpty();

        Lease second = store().leases().acquire("job", "w2", Duration.ofSeconds(10)).orElseThrow();
        assertThat(second.fence()).isGreaterThan(first.fence());
        assertThat(store().leases().release("nothing", "w1")).isFalse();
    }

    @Test
    default void fencesStrictlyIncreaseAcrossAcquires() {
        long previous = 0;
        for (int i = 0; i < 6; i++) {
            Lease lease = store().leases().acquire("job", "w" + (i % 3), Duration.ofSeconds(1)).orElseThrow();
            assertThat(lease.fence()).isGreaterThan(previous);
            previous = lease.fence();
            if (i % 2 == 0) {
                clock().advance(Duration.ofSeconds(1));
            } else {
                store().leases().release("job", lease.owner());
            }
        }
        Lease otherKey = store().leases().acquire("other", "w1", Duration.ofSeconds(1)).orElseThrow();
        assertThat(otherKey.fence()).isPositive();
    }

    @Test
    @Timeout(120)
    default void racingAcquirersNeverHoldALiveLeaseTogether() throws Exception {
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger acquired = new AtomicInteger();
        List<Long> fences = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ConcurrentRuns.run(8, () -> {
            String owner = Thread.currentThread().getName();
            int mine = 0;
            while (mine < 5 && System.nanoTime() < deadline) {
                Optional<Lease> lease = store().leases().acquire("race", owner, Duration.ofSeconds(5));
                if (lease.isEmpty()) {
                    sleep(1);
                    continue;
                }
                assertThat(holders.incrementAndGet()).isEqualTo(1);
                fences.add(lease.get().fence()); // appended in holding order
                sleep(2);
                assertThat(holders.decrementAndGet()).isZero();
                assertThat(store().leases().release("race", owner)).isTrue();
                mine++;
                acquired.incrementAndGet();
            }
        });

        assertThat(acquired.get()).isEqualTo(40);
        assertThat(fences).isSorted().doesNotHaveDuplicates();
    }
}

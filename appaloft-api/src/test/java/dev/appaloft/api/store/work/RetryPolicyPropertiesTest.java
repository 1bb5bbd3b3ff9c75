package dev.appaloft.api.store.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.store.work.RetryPolicy.Jitter;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyPropertiesTest {

    /** Always draws the largest value, so the delay is the full backoff. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Property
    void theDelayIsNeverNegativeNorAboveTheCapOrTheBackoff(
            @ForAll @LongRange(min = 1, max = 3_600_000) long baseMillis,
            @ForAll @LongRange(min = 0, max = 86_400_000) long capAboveBase,
            @ForAll @IntRange(min = 1, max = 500) int attempt,
            @ForAll Jitter jitter,
            @ForAll long seed) {
        RetryPolicy policy = policy(baseMillis, capAboveBase, jitter);
        Duration delay = policy.delayFor(attempt, new Random(seed));

        assertThat(delay).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(delay).isLessThanOrEqualTo(policy.cap());
        assertThat(delay).isLessThanOrEqualTo(backoff(policy, attempt));
    }

    @Property
    void equalJitterWaitsAtLeastHalfTheBackoff(
            @ForAll @LongRange(min = 1, max = 3_600_000) long baseMillis,
            @ForAll @LongRange(min = 0, max = 86_400_000) long capAboveBase,
            @ForAll @IntRange(min = 1, max = 500) int attempt,
            @ForAll long seed) {
        RetryPolicy policy = policy(baseMillis, capAboveBase, Jitter.EQUAL);

        assertThat(policy.delayFor(attempt, new Random(seed)).multipliedBy(2))
                .isGreaterThanOrEqualTo(backoff(policy, attempt));
    }

    @Property
    void theLongestDelayNeverShrinksAsAttemptsGrow(
            @ForAll @LongRange(min = 1, max = 3_600_000) long baseMillis,
            @ForAll @LongRange(min = 0, max = 86_400_000) long capAboveBase,
            @ForAll @IntRange(min = 1, max = 500) int attempt,
            @ForAll Jitter jitter) {
        RetryPolicy policy = policy(baseMillis, capAboveBase, jitter);

        assertThat(policy.delayFor(attempt + 1, HIGHEST)).isGreaterThanOrEqualTo(policy.delayFor(attempt, HIGHEST));
    }

    @Example
    void theBackoffDoublesFromTheBaseUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), Jitter.FULL);

        List<Long> seconds = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> policy.delayFor(n, HIGHEST).toSeconds()).toList();
        assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(policy.allowsAnotherAttempt(9)).isTrue();
        assertThat(policy.allowsAnotherAttempt(10)).isFalse();
        assertThat(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8)).jitter()).isEqualTo(Jitter.EQUAL);
    }

    @Example
    void badPoliciesAndAttemptsAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThatThrownBy(() -> policy.delayFor(0, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static RetryPolicy policy(long baseMillis, long capAboveBase, Jitter jitter) {
        return new RetryPolicy(5, Duration.ofMillis(baseMillis), Duration.ofMillis(baseMillis + capAboveBase), jitter);
    }

    /** min(cap, base * 2^(attempt - 1)), computed without overflow. */
    private static Duration backoff(RetryPolicy policy, int attempt) {
        java.math.BigInteger full = java.math.BigInteger.valueOf(policy.base().toNanos()).shiftLeft(attempt - 1);
        return Duration.ofNanos(full.min(java.math.BigInteger.valueOf(policy.cap().toNanos())).longValueExact());
    }
}

package dev.appaloft.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SignInThrottlePropertiesTest {

    /** The wait never shrinks as failures pile up, and never passes the bound. */
    @Property
    void theBackoffGrowsAndIsBounded(@ForAll @IntRange(min = 0, max = 10_000) int failures,
                                     @ForAll @IntRange(min = 1, max = 50) int free) {
        Duration now = SignInThrottle.delayAfter(failures, free);
        Duration next = SignInThrottle.delayAfter(failures + 1, free);
        assertThat(next).isGreaterThanOrEqualTo(now);
        assertThat(next).isLessThanOrEqualTo(SignInThrottle.MAX_WAIT);
        if (failures < free) {
            assertThat(now).isZero();
        }
    }

    @Test
    void accountsAndAddressesAreCountedApartAndASuccessClearsTheAccount() {
        SignInThrottle throttle = new SignInThrottle();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(throttle.waitBefore("a@example.com", "10.0.0.1", t)).isZero();
            throttle.failed("A@example.com", "10.0.0.1", t);
        }
        assertThat(throttle.waitBefore("a@example.com", "10.0.0.2", t)).as("the account, from anywhere").isPositive();
        assertThat(throttle.waitBefore("b@example.com", "10.0.0.1", t)).as("another account from the same address").isZero();
        assertThat(throttle.waitBefore("a@example.com", "10.0.0.1", t.plusSeconds(1))).isZero();
        throttle.succeeded("a@example.com");
        assertThat(throttle.waitBefore("a@example.com", "10.0.0.1", t)).isZero();
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.9", t);
        }
        assertThat(throttle.waitBefore("fresh@example.com", "10.0.0.9", t)).as("spraying from one address").isPositive();
    }
}

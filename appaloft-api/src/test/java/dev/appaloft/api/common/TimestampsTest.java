package dev.appaloft.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void alwaysThreeFractionDigits() {
        assertThat(Timestamps.format(Instant.parse("2026-11-23T07:24:21Z"))).isEqualTo("2026-11-23T07:24:21.000Z");
        assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05.006Z"))).isEqualTo("2026-01-02T03:04:05.006Z");
        assertThat(Timestamps.format(null)).isNull();
    }

    @Property
    void agreesWithTheJdkFormatter(@ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long millis) {
        Instant instant = Instant.ofEpochMilli(millis);
        assertThat(Timestamps.format(instant)).isEqualTo(REFERENCE.format(instant));
    }
}

package dev.appaloft.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Schedule parsing and next-run computation: what a due time is, for any schedule and any moment. */
class CronSchedulePropertiesTest {

    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.longs().between(0, 20L * 365 * 24 * 3600).map(s -> START.plusSeconds(s)
                .plusMillis(s % 1000));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
                "Pacific/Chatham").map(ZoneId::of);
    }

    @Property(tries = 300)
    void theNextDueTimeOfADailyTaskIsItsLocalTimeWithinADayAndNothingIsDueBefore(
            @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("moments") Instant now, @ForAll("zones") ZoneId zone) throws Exception {
        CronSchedule schedule = CronSchedule.parse(minute + " " + hour + " * * *", zone.getId());
        Instant next = schedule.nextAfter(now).orElseThrow();
        assertThat(next).isAfter(now);
        assertThat(next).isBefore(now.plusSeconds(26 * 3600)); // a day, and a daylight-saving hour either way
        assertThat(next.getEpochSecond() % 60).isZero();
        ZonedDateTime local = next.atZone(zone);
        assertThat(local.getMinute()).isEqualTo(minute);
        // a local time the zone skips (a spring-forward gap) runs after the gap, never before
        if (local.getHour() != hour) {
            assertThat(zone.getRules().getTransition(local.toLocalDateTime().withHour(hour).withMinute(minute)))
                    .isNotNull();
        }
        assertThat(schedule.dueIn(now, next.minusMillis(1), 10)).isEmpty();
        assertThat(schedule.dueIn(now, next, 10)).containsExactly(next);
    }

    @Property(tries = 300)
    void dueTimesOfAStepScheduleAreEvenlySpacedAndStrictlyIncreasing(
            @ForAll @IntRange(min = 1, max = 30) int step, @ForAll("moments") Instant now) throws Exception {
        CronSchedule schedule = CronSchedule.parse("*/" + step + " * * * * *", "UTC");
        List<Instant> due = schedule.dueIn(now, now.plusSeconds(120), 500);
        assertThat(due).isNotEmpty().allMatch(t -> t.isAfter(now)).allMatch(t -> t.getEpochSecond() % 60 % step == 0);
        for (int i = 1; i < due.size(); i++) {
            assertThat(due.get(i)).isAfter(due.get(i - 1));
        }
        assertThat(due).doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void outOfRangeFieldsAreRefusedNamingTheSchedule(@ForAll @IntRange(min = 60, max = 999) int minute) {
        assertThatThrownBy(() -> CronSchedule.parse(minute + " * * * *", "UTC"))
                .isInstanceOfSatisfying(CronSchedule.Invalid.class, e -> assertThat(e.field()).isEqualTo("schedule"));
    }

    @Property(tries = 500)
    void anyTextEitherParsesOrIsRefusedNamingAField(@ForAll String expression, @ForAll("moments") Instant now) {
        try {
            CronSchedule schedule = CronSchedule.parse(expression, "UTC");
            assertThat(schedule.nextAfter(now)).hasValueSatisfying(t -> assertThat(t).isAfter(now));
        } catch (CronSchedule.Invalid e) {
            assertThat(e.field()).isEqualTo("schedule");
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 100)
    void anyWordIsRefusedAsATimeZone(@ForAll("notZones") String zone) {
        assertThatThrownBy(() -> CronSchedule.parse("* * * * *", zone))
                .isInstanceOfSatisfying(CronSchedule.Invalid.class, e -> assertThat(e.field()).isEqualTo("timezone"));
    }

    @Provide
    Arbitrary<String> notZones() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> "Nowhere/" + s);
    }

    @Example
    void macrosAndSixFieldsAreSchedulesToo() throws Exception {
        Instant now = Instant.parse("2026-03-10T10:15:30Z");
        assertThat(CronSchedule.parse("@hourly", "UTC").nextAfter(now)).contains(Instant.parse("2026-03-10T11:00:00Z"));
        assertThat(CronSchedule.parse("@daily", "Europe/Berlin").nextAfter(now))
                .contains(Instant.parse("2026-03-10T23:00:00Z"));
        assertThat(CronSchedule.parse("*/10 * * * * *", "UTC").nextAfter(now))
                .contains(Instant.parse("2026-03-10T10:15:40Z"));
        assertThat(CronSchedule.parse("0 9 * * 1-5", "America/New_York").nextAfter(now))
                .contains(Instant.parse("2026-03-10T13:00:00Z")); // 9:00 EDT: daylight saving began on the 8th
        assertThatThrownBy(() -> CronSchedule.parse("@often", "UTC")).isInstanceOf(CronSchedule.Invalid.class);
        assertThatThrownBy(() -> CronSchedule.parse("0 0 30 2 *", "UTC")).hasMessageContaining("never due");
    }
}

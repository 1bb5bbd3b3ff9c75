package dev.appaloft.core.tasks;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A task's schedule: a cron expression read in a time zone. Five fields are unix cron (minute
 * hour day-of-month month day-of-week); six take a leading seconds field (for tasks every few
 * seconds); the macros {@code @yearly @annually @monthly @weekly @daily @midnight @hourly} are
 * their five-field forms. Due times are whole seconds, judged in the zone (so a daily 02:30 task
 * follows the zone's clock across daylight-saving changes, as cron-utils resolves them).
 */
public final class CronSchedule {

    /** An expression longer than this is not a schedule anyone wrote by hand. */
    public static final int MAX_LENGTH = 200;
    /** A schedule must fire within this long of any time, or it is refused as never due (e.g. 30 February). */
    private static final long HORIZON_DAYS = 5 * 366;
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser WITH_SECONDS =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));
    private static final Map<String, String> MACROS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    private CronSchedule(String expression, ZoneId zone, ExecutionTime times) {
        this.expression = expression;
        this.zone = zone;
        this.times = times;
    }

    /** Why an expression or zone was refused, and which field is at fault. */
    public static final class Invalid extends Exception {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Parses and checks a schedule; {@link Invalid} names {@code schedule} or {@code timezone}. */
    public static CronSchedule parse(String expression, String timezone) throws Invalid {
        ZoneId zone = zone(timezone);
        if (expression == null || expression.isBlank()) {
            throw new Invalid("schedule", "schedule must be a cron expression such as '*/5 * * * *'");
        }
        String text = expression.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("schedule", "schedule must be at most " + MAX_LENGTH + " characters");
        }
        String effective = MACROS.getOrDefault(text.toLowerCase(Locale.ROOT), text);
        if (effective.startsWith("@")) {
            throw new Invalid("schedule", "schedule macro " + text + " is not one of " + String.join(", ",
                    List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")));
        }
        int fields = effective.split("\\s+").length;
        if (fields != 5 && fields != 6) {
            throw new Invalid("schedule", "schedule must have five cron fields (minute hour day-of-month month "
                    + "day-of-week), or six with a leading seconds field; it has " + fields);
        }
        ExecutionTime times;
        try {
            Cron cron = (fields == 5 ? UNIX : WITH_SECONDS).parse(effective).validate();
            times = ExecutionTime.forCron(cron);
        } catch (RuntimeException e) {
            throw new Invalid("schedule", "schedule '" + text + "' is not a valid cron expression: "
                    + String.valueOf(e.getMessage()).strip());
        }
        CronSchedule schedule = new CronSchedule(text, zone, times);
        Instant probe = Instant.parse("2026-01-01T00:00:00Z");
        Optional<Instant> next = schedule.nextAfter(probe);
        if (next.isEmpty() || next.get().isAfter(probe.plus(HORIZON_DAYS, ChronoUnit.DAYS))) {
            throw new Invalid("schedule", "schedule '" + text + "' is never due");
        }
        return schedule;
    }

    static ZoneId zone(String timezone) throws Invalid {
        if (timezone == null || timezone.isBlank()) {
            throw new Invalid("timezone", "timezone must be an IANA time zone such as UTC or Europe/Berlin");
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw new Invalid("timezone", "timezone '" + timezone.strip() + "' is not a known time zone (use an "
                    + "IANA id such as UTC or Europe/Berlin)");
        }
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first due time strictly after {@code instant}; empty when the schedule is never due again. */
    public Optional<Instant> nextAfter(Instant instant) {
        try {
            return times.nextExecution(ZonedDateTime.ofInstant(instant, zone)).map(t -> t.toInstant()
                    .truncatedTo(ChronoUnit.SECONDS)).filter(t -> t.isAfter(instant));
        } catch (RuntimeException e) {
            return Optional.empty(); // cron-utils gave up on an odd combination: treat as not due
        }
    }

    /** The due times in {@code (from, to]}, oldest first, at most {@code max} of them. */
    public List<Instant> dueIn(Instant from, Instant to, int max) {
        List<Instant> due = new ArrayList<>();
        Instant at = from;
        while (due.size() < max) {
            Optional<Instant> next = nextAfter(at);
            if (next.isEmpty() || next.get().isAfter(to)) {
                break;
            }
            due.add(next.get());
            at = next.get();
        }
        return due;
    }
}

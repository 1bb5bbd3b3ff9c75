package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.running.HealthHistoryInput;
import dev.appaloft.api.resources.running.ResourceHealthHistory;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code resources.healthHistory}: the recorded observations of a window (default: the last 24 hours). */
final class HealthHistoryHandler implements Handler<HealthHistoryInput, ResourceHealthHistory> {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    static final Duration MAX_WINDOW = Duration.ofDays(90);

    private final RunningApps apps;

    HealthHistoryHandler(RunningApps apps) {
        this.apps = apps;
    }

    @Override
    public ResourceHealthHistory handle(HealthHistoryInput in, Actor actor) {
        Instant now = apps.ctx().now();
        HealthHistoryInput.Window window = in.requestedWindow();
        Validation v = new Validation();
        int limit = in.limit() == null ? 200 : in.limit();
        v.check(limit >= 1 && limit <= 720, "limit", "limit must be between 1 and 720");
        Instant to = window.to() == null ? now : TimeInputs.instant(v, "window.to", window.to());
        Instant from = window.from() == null ? (to == null ? now : to).minus(DEFAULT_WINDOW)
                : TimeInputs.instant(v, "window.from", window.from());
        if (from != null && to != null) {
            v.check(!from.isAfter(to), "window.from", "window.from must not be after window.to");
            v.check(Duration.between(from, to).compareTo(MAX_WINDOW) <= 0, "window.from",
                    "a window spans at most " + MAX_WINDOW.toDays() + " days");
        }
        v.throwIfInvalid();
        String resourceId = apps.load(actor, in.resourceId()).resource().id();
        List<ResourceHealthHistory.Observation> observations = apps.ctx().read(r ->
                HealthHistory.window(r, resourceId, from, to, limit));
        return new ResourceHealthHistory(ResourceHealthHistory.SCHEMA_VERSION, resourceId, Timestamps.format(from),
                Timestamps.format(to), Timestamps.format(now), observations, List.of());
    }
}

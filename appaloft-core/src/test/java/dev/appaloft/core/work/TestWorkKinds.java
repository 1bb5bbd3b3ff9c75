package dev.appaloft.core.work;

import dev.appaloft.api.operatorwork.OperatorWorkKind;
import dev.appaloft.api.store.work.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work kinds whose outcome a test controls: one that fails (retriably) while {@link #healthy} is
 * false, one that always fails for good, one that succeeds. They count their runs per item.
 */
public final class TestWorkKinds {

    public static final String FLAKY = "test-flaky";
    public static final String BROKEN = "test-broken";
    public static final String OK = "test-ok";

    public final AtomicBoolean healthy = new AtomicBoolean(false);
    public final ConcurrentHashMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    public List<WorkKind> kinds() {
        RetryPolicy quick = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20));
        return List.of(
                new WorkKind(FLAKY, OperatorWorkKind.RUNTIME_MAINTENANCE, "resources.runtime-maintenance", quick,
                        item -> {
                            count(item.id());
                            if (!healthy.get()) {
                                throw new WorkFailure("probe", "target_unreachable", "the target did not answer", true);
                            }
                        }),
                new WorkKind(BROKEN, OperatorWorkKind.SYSTEM, "system.test-broken", quick, item -> {
                    count(item.id());
                    throw new WorkFailure("validate", "payload_invalid", "the payload names no resource", false);
                }),
                new WorkKind(OK, OperatorWorkKind.SYSTEM, "system.test-ok", quick, item -> count(item.id())));
    }

    public int runsOf(String itemId) {
        AtomicInteger n = runs.get(itemId);
        return n == null ? 0 : n.get();
    }

    private void count(String itemId) {
        runs.computeIfAbsent(itemId, id -> new AtomicInteger()).incrementAndGet();
    }
}

package dev.appaloft.core.metrics;

import dev.appaloft.api.catalog.Operation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * The engine's meter of every operation it runs: {@code appaloft.operations}, a timer tagged with
 * the operation key, its kind and the outcome ({@code ok} or the error code), so a scrape shows
 * rates, latencies and which operations fail how.
 */
public final class OperationMeters {

    public static final String OPERATIONS = "appaloft.operations";

    private final MeterRegistry registry;

    public OperationMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Runs {@code call} and records its time under its outcome. */
    public <O> O time(Operation<?, ?> operation, Supplier<O> call) {
        long start = System.nanoTime();
        String outcome = "unexpected_error";
        try {
            O out = call.get();
            outcome = "ok";
            return out;
        } catch (dev.appaloft.api.error.AppaloftException e) {
            outcome = e.code().code();
            throw e;
        } finally {
            Timer.builder(OPERATIONS).description("Operations the engine ran, by key and outcome")
                    .tag("operation", operation.key()).tag("kind", operation.kind().name().toLowerCase(
                            java.util.Locale.ROOT)).tag("outcome", outcome).register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}

package dev.appaloft.core.resources.running;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.running.RuntimeLogEvent;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.LogFollower;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code resources.logsStream}: the instance's lines as they are written (each with its cursor as
 * the event id, so a reconnecting client resumes after it), a heartbeat while the app is quiet,
 * and a {@code closed} event when the instance stops. Closing the stream (the client left) stops
 * the follow on the runtime.
 */
final class RuntimeLogStream implements EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeLogStream.class);
    /** Shorter than the SSE keep-alive, so a quiet stream still shows it is alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Lines waiting for a slow client; past this the newest are dropped rather than the memory. */
    private static final int BUFFER = 10_000;
    private static final Duration SLICE = Duration.ofMillis(200);

    private final BlockingQueue<RuntimeLogLine> lines = new LinkedBlockingQueue<>(BUFFER);
    private final AtomicLong sequence = new AtomicLong();
    private final Supplier<Instant> clock;
    private volatile LogFollower follower;
    private volatile boolean ended;
    private long quietSinceNanos = System.nanoTime();

    private RuntimeLogStream(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** Follows the request's instance until it stops or the stream is closed. */
    static RuntimeLogStream follow(RuntimeLogReader reader, LogRequest request, Supplier<Instant> clock) {
        RuntimeLogStream stream = new RuntimeLogStream(clock);
        stream.follower = reader.call(() -> request.runtime().followLogs(request.instance(), request.tail(),
                request.since(), line -> stream.offer(request, line)));
        return stream;
    }

    /** Sends the request's lines, then ends ({@code follow=false}). */
    static RuntimeLogStream tail(RuntimeLogReader reader, LogRequest request, Supplier<Instant> clock) {
        RuntimeLogStream stream = new RuntimeLogStream(clock);
        List<InstanceLogLine> tail = reader.call(() -> request.runtime().logs(request.instance(), request.tail(),
                request.since()));
        tail.forEach(line -> stream.offer(request, line));
        stream.follower = Finished.INSTANCE;
        return stream;
    }

    // runs on the runtime's thread: never blocks it
    private void offer(LogRequest request, InstanceLogLine line) {
        if (ended || !RuntimeLogReader.wanted(request, line)) {
            return;
        }
        if (!lines.offer(RuntimeLogReader.line(request, line, sequence.incrementAndGet()))) {
            LOG.debug("runtime log client of {} is too slow; a line was dropped", request.resourceId());
        }
    }

    @Override
    public Optional<StreamEvent> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            // short slices: the runtime ends a follow without a line, and that must not wait for a heartbeat
            long untilHeartbeat = HEARTBEAT.toNanos() - (System.nanoTime() - quietSinceNanos);
            long slice = Math.max(0, Math.min(SLICE.toNanos(), Math.min(deadline - System.nanoTime(), untilHeartbeat)));
            RuntimeLogLine line = lines.poll(slice, TimeUnit.NANOSECONDS);
            if (line != null) {
                quietSinceNanos = System.nanoTime();
                return Optional.of(new StreamEvent(null, line.cursor(), RuntimeLogEvent.line(line)));
            }
            if (!follower.isOpen() && lines.isEmpty()) {
                ended = true;
                follower.close();
                RuntimeLogEvent.CloseReason reason = follower == Finished.INSTANCE
                        ? RuntimeLogEvent.CloseReason.COMPLETED : RuntimeLogEvent.CloseReason.SOURCE_ENDED;
                return Optional.of(new StreamEvent(null, null, RuntimeLogEvent.closed(reason, now())));
            }
            if (System.nanoTime() - quietSinceNanos >= HEARTBEAT.toNanos()) {
                quietSinceNanos = System.nanoTime();
                return Optional.of(new StreamEvent(null, null, RuntimeLogEvent.heartbeat(now())));
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        ended = true;
        LogFollower current = follower;
        if (current != null) {
            current.close();
        }
        lines.clear();
    }

    private String now() {
        return Timestamps.format(clock.get());
    }

    /** The follower of a stream that only sends a tail: nothing more will come. */
    private enum Finished implements LogFollower {
        INSTANCE;

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}

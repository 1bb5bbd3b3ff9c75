package dev.appaloft.api.stream;

import java.time.Duration;
import java.util.Optional;

/**
 * What a streaming operation ({@code .../stream}) returns: events that arrive over time. The HTTP
 * layer writes them as Server-Sent Events; an embedding application reads them directly. A stream
 * holds resources (a follower, a log connection), so close it when done; the HTTP layer closes it
 * when the client goes away.
 */
public interface EventStream extends AutoCloseable {

    /**
     * The next event, waiting at most {@code timeout} for it; empty when none came in time or the
     * stream has ended. Streams that follow something live produce their own heartbeats, so a
     * quiet stream still yields an event now and then.
     */
    Optional<StreamEvent> next(Duration timeout) throws InterruptedException;

    /** True once the last event has been returned; the transport then ends the response. */
    boolean ended();

    @Override
    void close();
}

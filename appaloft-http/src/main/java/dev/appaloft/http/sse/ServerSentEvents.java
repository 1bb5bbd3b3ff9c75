package dev.appaloft.http.sse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.stream.StreamEvent;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link EventStream} as Server-Sent Events on the raw response, flushing after every
 * event so clients see it at once. A client that goes away shows up as a failed write; the stream
 * is closed either way.
 */
public final class ServerSentEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSentEvents.class);
    /** Longer than any stream's own heartbeat: this comment only keeps idle intermediaries from closing. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    private static final byte[] COMMENT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private ServerSentEvents() {
    }

    public static void serve(Context ctx, EventStream stream, ObjectMapper mapper) {
        HttpServletResponse res = ctx.res();
        try (stream) {
            res.setStatus(200);
            res.setContentType("text/event-stream;charset=utf-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Accel-Buffering", "no"); // proxies must not buffer a live stream
            OutputStream out = res.getOutputStream();
            out.flush();
            while (!stream.ended()) {
                Optional<StreamEvent> event;
                try {
                    event = stream.next(KEEP_ALIVE);
                } catch (AppaloftException e) {
                    // the status is already sent: the failure becomes the stream's last event
                    out.write(format(new StreamEvent("error", null, errorBody(e)), mapper));
                    out.flush();
                    return;
                }
                out.write(event.isPresent() ? format(event.get(), mapper) : COMMENT);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("stream client went away: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] format(StreamEvent event, ObjectMapper mapper) throws IOException {
        StringBuilder text = new StringBuilder(256);
        if (event.id() != null) {
            text.append("id: ").append(singleLine(event.id())).append('\n');
        }
        if (event.name() != null) {
            text.append("event: ").append(singleLine(event.name())).append('\n');
        }
        // compact JSON has no raw newlines, so one data line carries the whole payload
        text.append("data: ").append(mapper.writeValueAsString(event.data())).append("\n\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String singleLine(String value) {
        return value.replace('\n', ' ').replace('\r', ' ');
    }

    private static Map<String, Object> errorBody(AppaloftException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code().code());
        body.put("message", e.getMessage());
        body.put("retryable", e.retryable());
        return body;
    }
}

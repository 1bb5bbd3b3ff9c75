package dev.appaloft.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a Server-Sent Events response as a browser's EventSource would: events (id, name, JSON
 * data) arrive on a queue as the server flushes them; {@link #ended()} once the server closed it.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, JsonNode data) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;
    private volatile boolean ended;

    SseClient(String url, String token) throws IOException, InterruptedException {
        this(url, token, null);
    }

    /** @param lastEventId sent as {@code Last-Event-ID}, as a reconnecting EventSource does; null for none */
    SseClient(String url, String token, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            parse(lines, events::add);
        } catch (IOException e) {
            // closed by the test
        } finally {
            ended = true;
        }
    }

    /** Reads events off an SSE body until it ends, handing each to {@code sink} as it completes. */
    static void parse(BufferedReader lines, java.util.function.Consumer<Event> sink) throws IOException {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    sink.accept(new Event(id, name, MAPPER.readTree(data.toString())));
                }
                id = null;
                name = null;
                data.setLength(0);
            } else if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data.append(line.substring(6));
            }
        }
    }

    /** The next event, waiting up to {@code timeout}; null when none came. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server ended the response (after every event it sent was read). */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return ended;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}

package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The documented /api over java.net.http with a bearer token. Error answers become {@link CliFailure}s
 * with the exit code of their class and the server's own message and code; a server that does not
 * answer is {@link ExitCode#UNREACHABLE}.
 */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String token;
    private final HttpClient http;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body == null ? JSON.createObjectNode() : body);
    }

    public JsonNode delete(String path, Object body) {
        return send("DELETE", path, body);
    }

    /** A query string from name/value pairs, leaving out null values. */
    public static String query(String path, Object... pairs) {
        StringBuilder out = new StringBuilder(path);
        char sep = path.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(sep).append(pairs[i]).append('=')
                        .append(URLEncoder.encode(String.valueOf(pairs[i + 1]), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return out.toString();
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON object from name/value pairs, leaving out null values. */
    public static ObjectNode object(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
            }
        }
        return node;
    }

    private JsonNode send(String method, String path, Object body) {
        HttpRequest request = request(method, path, body).header("Accept", "application/json").build();
        HttpResponse<String> response = exchange(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode(), response.body());
        }
        String text = response.body();
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.SERVER_ERROR, "the server at " + baseUrl + " answered " + method + " "
                    + path + " with something that is not JSON");
        }
    }

    /**
     * Reads a Server-Sent Events stream, handing each event to {@code handler} until it answers false
     * or the stream ends. The caller's thread blocks; closing the returned stream's source is the way
     * to stop early, which {@code handler} does by answering false.
     */
    public void stream(String method, String path, Object body, Predicate<SseEvent> handler) {
        HttpRequest request = request(method, path, body).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = exchange(() -> http.send(request, HttpResponse.BodyHandlers.ofLines()));
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() >= 400) {
                StringBuilder text = new StringBuilder();
                lines.forEach(text::append);
                throw failure(response.statusCode(), text.toString());
            }
            SseEvent.Parser parser = new SseEvent.Parser();
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                SseEvent event = parser.line(it.next());
                if (event != null && !handler.test(event)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "the stream from " + baseUrl + " broke: " + e.getCause().getMessage());
        }
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, publisher);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private interface Exchange<T> {
        HttpResponse<T> run() throws IOException, InterruptedException;
    }

    private <T> HttpResponse<T> exchange(Exchange<T> exchange) {
        try {
            return exchange.run();
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "no Appaloft server answers at " + baseUrl
                    + " (is it running? check --server or appaloft login)");
        } catch (IOException e) {
            throw new CliFailure(ExitCode.UNREACHABLE, "the connection to " + baseUrl + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.INTERRUPTED, "interrupted");
        }
    }

    /** The server's error body as one line: its message, the field of each issue, its product code. */
    static CliFailure failure(int status, String body) {
        String message = "HTTP " + status;
        String code = null;
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body);
            if (error != null && error.isObject()) {
                message = error.path("message").asText(message);
                code = error.at("/data/domainCode").asText(null);
                StringBuilder issues = new StringBuilder();
                for (JsonNode issue : error.at("/data/issues")) {
                    StringBuilder field = new StringBuilder();
                    issue.path("path").forEach(p -> field.append(field.length() == 0 ? "" : ".").append(p.asText()));
                    issues.append(issues.length() == 0 ? ": " : "; ").append(field.length() == 0 ? "" : field + ": ")
                            .append(issue.path("message").asText());
                }
                message += issues;
            }
        } catch (IOException notJson) {
            // the status alone says enough
        }
        if (status == 401) {
            message = "not signed in or the token is not valid (" + message + "); run appaloft login";
        }
        return new CliFailure(ExitCode.forStatus(status), code, message + (code == null ? "" : " [" + code + "]"), status);
    }

    /** Parses a JSON text (for data of stream events). */
    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

}

package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A small JSON client for the tests. Every successful response to a catalog route is checked
 * against the spec before the test sees it.
 */
public final class ApiClient {

    public record Response(int status, JsonNode body, String raw, HttpResponse<String> http) {
        public String domainCode() {
            return body.path("data").path("domainCode").asText();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    public ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public ApiClient withToken(String other) {
        return new ApiClient(base, other);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response delete(String path, String json) {
        return send("DELETE", path, json);
    }

    public Response send(String method, String path, String json) {
        return send(method, path, json, Map.of());
    }

    /** With extra request headers (the catalog's extension headers). */
    public Response send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(raw);
            boolean catalogRoute = path.startsWith("/api/") && !path.matches("/api/(health|readiness|version|openapi\\.json|auth/).*")
                    || path.startsWith("/v1/") || path.equals("/health");
            // 204 answers carry no body (the spec's schema for them is "null")
            if (catalogRoute && response.statusCode() < 300 && response.statusCode() != 204) {
                assertThat(SpecResponseValidator.problems(method, path, response.statusCode(), raw))
                        .as("%s %s -> %s follows the spec", method, path, raw).isEmpty();
            }
            if (response.statusCode() >= 400) {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        v -> assertThat(v).startsWith("application/json"));
            }
            return new Response(response.statusCode(), body, raw, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request and reads its event stream to the end (the server closes it). */
    List<SseClient.Event> stream(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(java.time.Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<java.io.InputStream> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/event-stream"));
            List<SseClient.Event> events = new java.util.ArrayList<>();
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
                SseClient.parse(lines, events::add);
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.appaloft.runtime.docker.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.fleet.AcquireInput;
import dev.appaloft.api.fleet.AcquireOutput;
import dev.appaloft.api.fleet.DeploymentRecord;
import dev.appaloft.api.fleet.DeploymentState;
import dev.appaloft.api.fleet.InitializeInput;
import dev.appaloft.api.fleet.OperatorSyncInput;
import dev.appaloft.api.fleet.OperatorSyncOutput;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.ReconcileInput;
import dev.appaloft.api.fleet.ReconcileOutput;
import dev.appaloft.api.fleet.ReleaseLeaseInput;
import dev.appaloft.api.fleet.ReleaseView;
import dev.appaloft.api.fleet.SyncTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's side of the fleet API ({@code /v1}), over {@link HttpClient}. Every call carries
 * the agent's token; errors become {@link FleetClientException}s with the Alien error code.
 */
public final class FleetClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final HttpClient http;
    private final String base;
    private volatile String token;

    public FleetClient(String serverUrl, String token) {
        this.base = Objects.requireNonNull(serverUrl, "serverUrl").replaceAll("/+$", "");
        this.token = Objects.requireNonNull(token, "token");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Switches to another token (the deployment token once the agent has enrolled). */
    public void useToken(String value) {
        this.token = Objects.requireNonNull(value);
    }

    public record Enrolment(String deploymentId, String token, boolean created) {
        @Override
        public String toString() {
            return "Enrolment[deploymentId=" + deploymentId + ", created=" + created + "]";
        }
    }

    public Enrolment initialize(String name, Platform platform) {
        HttpResponse<String> response = send("POST", "/v1/initialize", new InitializeInput(name, platform));
        JsonNode body = read(response.body(), JsonNode.class);
        return new Enrolment(body.get("deploymentId").asText(), body.path("token").isTextual() ? body.get("token").asText()
                : null, response.statusCode() == 201);
    }

    /** The target when the deployment has work, else empty. */
    public Optional<SyncTarget> sync(String deploymentId) {
        return Optional.ofNullable(call("POST", "/v1/sync", new OperatorSyncInput(deploymentId), OperatorSyncOutput.class)
                .target());
    }

    /** The deployment with its lease for {@code session}, or empty when it needs no work or another session holds it. */
    public Optional<DeploymentRecord> acquire(String deploymentId, String session) {
        AcquireOutput out = call("POST", "/v1/sync/acquire", AcquireInput.ids(session, List.of(deploymentId)),
                AcquireOutput.class);
        return out.deployments().stream().map(a -> a.deployment()).findFirst();
    }

    public ReconcileOutput reconcile(String deploymentId, String session, DeploymentState state, boolean heartbeat,
                                     JsonNode error) {
        return call("POST", "/v1/sync/reconcile", new ReconcileInput(deploymentId, session, state, heartbeat, error),
                ReconcileOutput.class);
    }

    public void release(String deploymentId, String session) {
        send("POST", "/v1/sync/release", new ReleaseLeaseInput(deploymentId, session));
    }

    public ReleaseView getRelease(String releaseId) {
        return call("GET", "/v1/releases/" + releaseId, null, ReleaseView.class);
    }

    private <T> T call(String method, String path, Object body, Class<T> type) {
        return read(send(method, path, body).body(), type);
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                        .header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw failure(response);
            }
            return response;
        } catch (IOException e) {
            throw new FleetClientException(0, "UNREACHABLE", "the fleet server at " + base + " did not answer: " + e,
                    true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FleetClientException(0, "INTERRUPTED", "interrupted", false, e);
        }
    }

    private static FleetClientException failure(HttpResponse<String> response) {
        try {
            JsonNode error = JSON.readTree(response.body());
            return new FleetClientException(response.statusCode(), error.path("code").asText("HTTP_" + response.statusCode()),
                    error.path("message").asText(response.body()), error.path("retryable").asBoolean(
                    response.statusCode() >= 500), null);
        } catch (IOException e) {
            return new FleetClientException(response.statusCode(), "HTTP_" + response.statusCode(), response.body(),
                    response.statusCode() >= 500, null);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new FleetClientException(0, "BAD_RESPONSE", "the fleet server answered something unreadable: " + e,
                    true, e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}

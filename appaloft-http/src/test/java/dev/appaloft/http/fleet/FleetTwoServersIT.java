package dev.appaloft.http.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.fleet.FleetOptions;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.jdbc.testing.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Scale-out: two control-plane servers on one PostgreSQL database, and many workers acquiring
 * through both at once. Every deployment is brought from pending to running, and no deployment is
 * ever held by two sessions at the same time.
 */
class FleetTwoServersIT {

    static final String TOKEN = "o".repeat(64);
    static final int DEPLOYMENTS = 150;
    static final int WORKERS_PER_SERVER = 8;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] STEPS = {"initial-setup", "provisioning", "running"};

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void workersOnTwoServersNeverHoldOneDeploymentTogether() throws Exception {
        PostgresServer.Database db = PostgresServer.shared().createDatabase();
        List<AppaloftEngine> engines = new ArrayList<>();
        List<AppaloftHttpServer> servers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * WORKERS_PER_SERVER);
        try {
            for (int i = 0; i < 2; i++) {
                AppaloftEngine engine = AppaloftEngine.builder()
                        .store(JdbcStore.postgres(db.jdbcUrl(), db.user(), db.password(), Clock.systemUTC()))
                        .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                        .fleet(FleetOptions.defaults().withLeaseTtl(Duration.ofSeconds(60))).build();
                engines.add(engine);
                servers.add(AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(TOKEN)).start("127.0.0.1", 0));
            }
            String first = base(servers.get(0));
            String second = base(servers.get(1));
            String group = post(first, "/v1/deployment-groups", "{\"name\":\"fleet\",\"maxDeployments\":1000}")
                    .get("id").asText();
            for (int i = 0; i < DEPLOYMENTS; i++) {
                post(i % 2 == 0 ? first : second, "/v1/deployments", "{\"name\":\"d" + i + "\",\"platform\":\"test\","
                        + "\"deploymentGroupId\":\"" + group + "\"}");
            }
            String release = post(second, "/v1/releases", "{\"stack\":{\"test\":{\"id\":\"s\",\"resources\":{}}}}")
                    .get("id").asText();

            Map<String, String> holders = new ConcurrentHashMap<>();
            AtomicInteger doubleHolds = new AtomicInteger();
            AtomicInteger reports = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 2 * WORKERS_PER_SERVER; w++) {
                String base = w % 2 == 0 ? first : second;
                String session = "worker-" + w;
                workers.add(pool.submit(() -> {
                    int idle = 0;
                    while (idle < 3) {
                        JsonNode acquired = post(base, "/v1/sync/acquire", "{\"session\":\"" + session + "\",\"limit\":3}")
                                .get("deployments");
                        if (acquired.isEmpty()) {
                            idle++;
                            Thread.sleep(50);
                            continue;
                        }
                        idle = 0;
                        for (JsonNode a : acquired) {
                            JsonNode d = a.get("deployment");
                            String id = d.get("id").asText();
                            String other = holders.putIfAbsent(id, session);
                            if (other != null) {
                                doubleHolds.incrementAndGet();
                            }
                            String next = STEPS[step(d.get("status").asText()) + 1];
                            String current = next.equals("running") ? ",\"currentRelease\":{\"releaseId\":\""
                                    + release + "\",\"stack\":{\"id\":\"s\",\"resources\":{}}}" : "";
                            post(base, "/v1/sync/reconcile", "{\"deploymentId\":\"" + id + "\",\"session\":\"" + session
                                    + "\",\"state\":{\"status\":\"" + next + "\",\"platform\":\"test\"" + current + "}}");
                            reports.incrementAndGet();
                            holders.remove(id, session);
                            post(base, "/v1/sync/release", "{\"deploymentId\":\"" + id + "\",\"session\":\"" + session + "\"}");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            assertThat(doubleHolds).hasValue(0);
            assertThat(reports).hasValue(DEPLOYMENTS * 3);
            JsonNode items = get(first, "/v1/deployments").get("items");
            assertThat(items).hasSize(DEPLOYMENTS);
            for (JsonNode d : items) {
                assertThat(d.get("status").asText()).isEqualTo("running");
                assertThat(d.get("currentReleaseId").asText()).isEqualTo(release);
            }
        } finally {
            pool.shutdownNow();
            servers.forEach(AppaloftHttpServer::close);
            engines.forEach(AppaloftEngine::close);
        }
    }

    static int step(String status) {
        return switch (status) {
            case "pending" -> -1;
            case "initial-setup" -> 0;
            case "provisioning" -> 1;
            default -> throw new AssertionError("a deployment in " + status + " was handed out");
        };
    }

    static String base(AppaloftHttpServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    JsonNode post(String base, String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    JsonNode get(String base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }
}

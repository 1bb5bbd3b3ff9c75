package dev.appaloft.http.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A scrape of /metrics shows each operation the engine ran, by outcome, beside the JVM's meters. */
class MetricsEndpointTest {

    @Test
    void aScrapeCountsOperationsByOutcome() throws Exception {
        try (MetricsEndpoint metrics = new MetricsEndpoint();
             AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore())
                     .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).dailyHousekeeping(false)
                     .meterRegistry(metrics.registry()).build()) {
            engine.projects().create(CreateProjectInput.named("shop"));
            engine.projects().create(CreateProjectInput.named("blog"));
            assertThatThrownBy(() -> engine.projects().create(CreateProjectInput.named("")));
            int port = metrics.start(0);
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(scrape.body())
                    .contains("appaloft_operations_seconds_count{kind=\"command\",operation=\"projects.create\","
                            + "outcome=\"ok\"} 2")
                    .contains("outcome=\"validation_error\"} 1")
                    .contains("jvm_memory_used_bytes");
        }
    }
}

package dev.appaloft.http.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.GitHubApiStub;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.store.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code integrations.github.*} with a GitHub App configured, against the GitHub API double (GitHub
 * is not reachable here); {@link ApiClient} checks the answers against the spec.
 */
class GitHubAppHttpTest {

    static final String TOKEN = "g".repeat(64);
    static GitHubApiStub github;
    static TestHttpServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        github = new GitHubApiStub(120);
        AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore(java.time.Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", new FakeRuntime())
                .gitHubApp(github.settings()).githubWebhookSecret("hook-secret").dailyHousekeeping(false).build();
        server = TestHttpServer.serve(engine, TOKEN);
        api = server.api();
    }

    @AfterAll
    static void stop() {
        server.close();
        github.close();
    }

    @Test
    void theInstallationsRepositoriesAndConnectionAreGitHubsAnswersInTheSpecsShapes() {
        ApiClient.Response all = api.get("/api/integrations/github/repositories");
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.body().get("items")).hasSize(120);
        JsonNode first = all.body().get("items").get(0);
        assertThat(first.get("fullName").asText()).isEqualTo("acme-corp/tool-1");
        assertThat(first.get("private").isBoolean()).isTrue();
        assertThat(first.get("defaultBranch").asText()).isEqualTo("main");

        ApiClient.Response shops = api.get("/api/integrations/github/repositories?search=shop-11");
        assertThat(shops.body().get("items").findValuesAsText("name")).containsExactly("shop-110", "shop-112",
                "shop-114", "shop-116", "shop-118");

        JsonNode connection = api.get("/api/integrations/github/app-connection").body();
        assertThat(connection.get("configurationStatus").asText()).isEqualTo("configured");
        assertThat(connection.get("connected").asBoolean()).isTrue();
        assertThat(connection.get("accountLogin").asText()).isEqualTo("acme-corp");
        assertThat(connection.get("installationId").asText()).isEqualTo(GitHubApiStub.INSTALLATION);
        assertThat(connection.get("repositoriesSelection").asText()).isEqualTo("selected");
        assertThat(connection.has("suspendedAt")).isFalse();
        assertThat(api.get("/api/integrations").body().at("/items/0/configuration/status").asText())
                .isEqualTo("configured");
    }
}

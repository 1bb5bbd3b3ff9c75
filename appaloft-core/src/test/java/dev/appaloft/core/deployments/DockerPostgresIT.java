package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.DependencyResourceView;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A managed Postgres on the real Docker engine, from the default image name (built offline by
 * scripts/build-postgres-image.sh, as no registry is reachable here): it accepts its generated
 * credentials (sealed in the store, answered nowhere) and refuses others, and delete removes its
 * container and data.
 */
class DockerPostgresIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-postgres-image.sh");
    }

    @Test
    void aProvisionedPostgresAcceptsItsGeneratedCredentialsAndDeleteRemovesIt() throws Exception {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey());
        JdbcStore store = JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store).secretBox(box)
                .runtime("local-shell", runtime).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("pg-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String id = appaloft.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(project, env,
                    server, "orders")).id();
            try {
                DependencyResourceView shown = appaloft.dependencyResources().show(id).dependencyResource();
                assertThat(shown.lifecycleStatus()).isEqualTo("ready");
                JsonNode stored = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_RESOURCES, id))
                        .orElseThrow().body());
                String password = box.open(stored.path("credentials").path("sealedPassword").asText());
                assertThat(stored.toString()).as("sealed at rest").doesNotContain(password);
                assertThat(Json.write(shown)).doesNotContain(password);

                // apps reach it by alias on the environment's network, at the container's port
                assertThat(shown.connection().host()).isEqualTo("dep-orders");
                assertThat(shown.connection().port()).isEqualTo(5432L);
                assertThat(docker.engine().networks().find("appaloft-env-" + env.toLowerCase())).isPresent();
                // this test runs on the host: it uses the loopback port the container publishes too
                Integer hostPort = runtime.inspect(runtime.find(Map.of("appaloft.dependency-resource", id)).get(0))
                        .orElseThrow().hostPort();
                String url = "jdbc:postgresql://127.0.0.1:" + hostPort + "/orders";
                try (Connection db = DriverManager.getConnection(url, "appaloft", password);
                     ResultSet rs = db.createStatement().executeQuery("select current_user, current_database()")) {
                    rs.next();
                    assertThat(rs.getString(1) + "/" + rs.getString(2)).isEqualTo("appaloft/orders");
                }
                assertThatThrownBy(() -> DriverManager.getConnection(url, "appaloft", "not-the-password"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");

                appaloft.dependencyResources().delete(id);
                assertThat(runtime.find(Map.of("appaloft.dependency-resource", id))).isEmpty();
                assertThat(runtime.volumes().orElseThrow().find("appaloft-" + id + "-data")).isEmpty();
            } finally {
                runtime.find(Map.of("appaloft.dependency-resource", id))
                        .forEach(i -> docker.engine().containers().remove(i.id()));
                runtime.volumes().orElseThrow().remove("appaloft-" + id + "-data");
                docker.engine().networks().remove("appaloft-env-" + env.toLowerCase());
            }
        }
    }
}

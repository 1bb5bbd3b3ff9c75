package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.backups.CreateDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.dependencies.backups.DependencyBackupView;
import dev.appaloft.api.dependencies.backups.RestoreDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.RestoreStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real backup and restore of a managed Postgres on the Docker engine: rows written through
 * JDBC, a pg_dump stored in the artifact store (a custom-format dump, its SHA-256 recorded), the
 * rows changed and deleted and a table dropped, then the restore brings the original rows back.
 */
class DockerPostgresBackupIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-postgres-image.sh");
    }

    @Test
    void aBackupOfARealPostgresRestoresItsRows() throws Exception {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey());
        JdbcStore store = JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store).secretBox(box)
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work"))
                .workers(2, Duration.ofSeconds(10), Duration.ofMillis(100)).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("bk-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String id = appaloft.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(project, env,
                    server, "shop")).id();
            try {
                String password = ManagedDatabases.password(store, box, id);
                RuntimeInstance instance = runtime.find(Map.of("appaloft.dependency-resource", id)).get(0);
                String url = "jdbc:postgresql://127.0.0.1:" + runtime.inspect(instance).orElseThrow().hostPort() + "/shop";
                try (Connection db = DriverManager.getConnection(url, "appaloft", password);
                     Statement sql = db.createStatement()) {
                    sql.execute("create table orders (id int primary key, item text not null)");
                    sql.execute("insert into orders values (1, 'original book'), (2, 'original pen')");
                    sql.execute("create table notes (body text)");
                    sql.execute("insert into notes values ('kept')");
                }

                String backupId = appaloft.dependencyBackups().createBackup(CreateDependencyBackupInput.of(id)).id();
                DependencyBackupView ready = ManagedDatabases.await(appaloft, backupId, b -> b.status() != DependencyBackupStatus.PENDING);
                assertThat(ready.status()).as(String.valueOf(ready.failureMessage())).isEqualTo(DependencyBackupStatus.READY);
                JsonNode doc = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_BACKUPS,
                        backupId)).orElseThrow().body());
                byte[] dump = Files.readAllBytes(dir.resolve("work/artifacts").resolve(doc.path("artifactKey").asText()));
                assertThat(new String(dump, 0, 5, StandardCharsets.US_ASCII)).as("a custom-format dump").isEqualTo("PGDMP");
                assertThat(doc.path("sizeBytes").asLong()).isEqualTo(dump.length);
                assertThat(doc.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(dump)));
                assertThat(new String(dump, StandardCharsets.ISO_8859_1)).doesNotContain(password);

                try (Connection db = DriverManager.getConnection(url, "appaloft", password);
                     Statement sql = db.createStatement()) {
                    sql.execute("update orders set item = 'changed' where id = 1");
                    sql.execute("delete from orders where id = 2");
                    sql.execute("drop table notes");
                }
                appaloft.dependencyBackups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId));
                DependencyBackupView restored = ManagedDatabases.await(appaloft, backupId, b -> b.latestRestoreAttempt() != null
                        && b.latestRestoreAttempt().status() != RestoreStatus.PENDING);
                assertThat(restored.latestRestoreAttempt().status())
                        .as(String.valueOf(restored.latestRestoreAttempt().failureMessage()))
                        .isEqualTo(RestoreStatus.COMPLETED);

                try (Connection db = DriverManager.getConnection(url, "appaloft", password);
                     Statement sql = db.createStatement()) {
                    assertThat(rows(sql, "select id || ':' || item from orders order by id"))
                            .containsExactly("1:original book", "2:original pen");
                    assertThat(rows(sql, "select body from notes")).containsExactly("kept");
                }
                assertThat(runtime.exec(instance, List.of("sh", "-c", "ls /tmp | grep appaloft || true"),
                        Duration.ofSeconds(10)).stdout()).as("no dump left in the container").isBlank();
            } finally {
                ManagedDatabases.remove(docker, runtime, id, env);
            }
        }
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.BindDependencyInput;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.RotateBindingSecretInput;
import dev.appaloft.api.dependencies.backups.CreateDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.dependencies.backups.DependencyBackupView;
import dev.appaloft.api.dependencies.backups.RestoreDependencyBackupInput;
import dev.appaloft.api.dependencies.backups.RestoreStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.dependencies.DependencyBindingInjection;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A managed MySQL on the real Docker engine (the offline image: MariaDB in place of mysql:8.4):
 * the URL a bound app receives connects by the database's alias on the environment's network,
 * rows written through it are dumped with mysqldump into the artifact store, changed, and brought
 * back by the restore; a rotation to a password full of quotes, backslashes and spaces makes the
 * database refuse the old URL and take the new one, also after a restart, and a backup still runs.
 */
class DockerMysqlIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();

    @TempDir Path dir;

    @BeforeAll
    static void image() throws Exception {
        OfflineImages.build("build-mysql-image.sh");
    }

    @Test
    void aBoundMysqlIsBackedUpRestoredAndRotated() throws Exception {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey());
        JdbcStore store = JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
        DockerDeploymentRuntime runtime = new DockerDeploymentRuntime(docker.engine());
        Files.createDirectories(dir.resolve("app"));
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store).secretBox(box)
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work"))
                .workers(2, Duration.ofSeconds(10), Duration.ofMillis(100)).build()) {
            Appaloft.Session appaloft = engine.system();
            String project = appaloft.projects().create(CreateProjectInput.named("my-" + docker.runId())).id();
            String env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod",
                    EnvironmentKind.PRODUCTION, null)).id();
            String server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
            String app = appaloft.resources().create(new CreateResourceInput(project, env, null, "shop", null, null,
                    null, SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, dir.resolve("app").toString()), null,
                    NetworkProfile.port(8080))).id();
            String id = appaloft.dependencyResources().provision(new ProvisionDependencyResourceInput(
                    DependencyKind.MYSQL, project, env, server, "orders", null, null, null, null)).id();
            try {
                String binding = appaloft.resources().bindDependency(BindDependencyInput.of(app, id, "DATABASE_URL"))
                        .id();
                String password = ManagedDatabases.password(store, box, id);
                String url = injected(store, box, app);
                assertThat(url).matches("mysql://appaloft:" + password + "@[a-z0-9-]+:3306/orders");
                RuntimeInstance instance = runtime.find(Map.of("appaloft.dependency-resource", id)).get(0);

                sql(runtime, instance, url, "create table items (id int primary key, name varchar(40) not null);"
                        + " insert into items values (1, 'original book'), (2, 'original pen');"
                        + " create table notes (body text); insert into notes values ('kept')");

                String backupId = appaloft.dependencyBackups().createBackup(CreateDependencyBackupInput.of(id)).id();
                DependencyBackupView ready = ManagedDatabases.await(appaloft, backupId,
                        b -> b.status() != DependencyBackupStatus.PENDING);
                assertThat(ready.status()).as(String.valueOf(ready.failureMessage()))
                        .isEqualTo(DependencyBackupStatus.READY);
                JsonNode doc = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_BACKUPS,
                        backupId)).orElseThrow().body());
                byte[] dump = Files.readAllBytes(dir.resolve("work/artifacts").resolve(doc.path("artifactKey").asText()));
                String text = new String(dump, StandardCharsets.UTF_8);
                assertThat(text).contains("CREATE TABLE `items`").contains("'original pen'").doesNotContain(password);
                assertThat(doc.path("sizeBytes").asLong()).isEqualTo(dump.length);
                assertThat(doc.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(dump)));
                assertThat(doc.path("format").asText()).isEqualTo("mysqldump-sql");

                sql(runtime, instance, url, "update items set name = 'changed' where id = 1;"
                        + " delete from items where id = 2; drop table notes");
                assertThat(sql(runtime, instance, url, "select count(*) from items").stdout().strip()).isEqualTo("1");
                appaloft.dependencyBackups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId));
                DependencyBackupView restored = ManagedDatabases.await(appaloft, backupId, b -> b.latestRestoreAttempt()
                        != null && b.latestRestoreAttempt().status() != RestoreStatus.PENDING);
                assertThat(restored.latestRestoreAttempt().status())
                        .as(String.valueOf(restored.latestRestoreAttempt().failureMessage()))
                        .isEqualTo(RestoreStatus.COMPLETED);
                assertThat(sql(runtime, instance, url, "select concat(id, ':', name) from items order by id").stdout()
                        .strip()).isEqualTo("1:original book\n2:original pen");
                assertThat(sql(runtime, instance, url, "select body from notes").stdout().strip()).isEqualTo("kept");

                String next = "n3w 'pa\"ss\\word #;x";
                appaloft.resources().rotateDependencySecret(new RotateBindingSecretInput(app, binding, null, next, true));
                CommandResult refused = sql(runtime, instance, url, "select 1");
                assertThat(refused.succeeded()).as("the old password is refused").isFalse();
                assertThat(refused.stderr()).contains("Access denied");
                String rotated = injected(store, box, app);
                assertThat(rotated).isNotEqualTo(url);
                assertThat(ManagedDatabases.password(store, box, id)).isEqualTo(next);
                RuntimeInstance again = runtime.restart(instance);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                CommandResult works = sql(runtime, again, rotated, "select count(*) from items");
                while (!works.succeeded() && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                    works = sql(runtime, again, rotated, "select count(*) from items");
                }
                assertThat(works.stdout().strip()).as(works.stderr()).isEqualTo("2");
                assertThat(sql(runtime, again, url, "select 1").succeeded()).as("still refused after a restart")
                        .isFalse();

                String second = appaloft.dependencyBackups().createBackup(CreateDependencyBackupInput.of(id)).id();
                DependencyBackupView after = ManagedDatabases.await(appaloft, second,
                        b -> b.status() != DependencyBackupStatus.PENDING);
                assertThat(after.status()).as("a backup logs in with the rotated password: "
                        + after.failureMessage()).isEqualTo(DependencyBackupStatus.READY);
                assertThat(runtime.exec(again, List.of("sh", "-c", "ls /tmp | grep appaloft || true"),
                        Duration.ofSeconds(10)).stdout()).as("no login or dump left in the container").isBlank();
            } finally {
                ManagedDatabases.remove(docker, runtime, id, env);
            }
        }
    }

    /** The DATABASE_URL the app's next deployment receives. */
    private static String injected(JdbcStore store, AesGcmSecretBox box, String app) throws Exception {
        String org = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.RESOURCES, app)).orElseThrow()
                .body()).path("organizationId").asText();
        return store.read(r -> DependencyBindingInjection.variables(r, org, app, box::open)).variables()
                .get("DATABASE_URL");
    }

    /**
     * {@code statements} run by the mysql client in the database's container, connecting as the URL
     * says (its host is the alias on the environment's network, which the container is on too).
     */
    private static CommandResult sql(DockerDeploymentRuntime runtime, RuntimeInstance instance, String url,
                                     String statements) {
        URI uri = URI.create(url);
        String info = uri.getUserInfo();
        int colon = info.indexOf(':');
        return runtime.exec(instance, List.of("sh", "-c", "MYSQL_PWD=\"$1\" exec mysql -N -B -h \"$2\" -P \"$3\""
                        + " -u \"$4\" \"$5\" -e \"$6\"", "sh", info.substring(colon + 1), uri.getHost(),
                String.valueOf(uri.getPort()), info.substring(0, colon), uri.getPath().substring(1), statements),
                Duration.ofSeconds(20));
    }
}

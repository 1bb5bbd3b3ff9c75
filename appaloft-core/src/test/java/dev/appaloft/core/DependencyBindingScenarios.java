package dev.appaloft.core;

import dev.appaloft.api.resources.ArchiveResourceInput;
import dev.appaloft.api.resources.DeleteResourceInput;
import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.ResourcesApi;
import dev.appaloft.api.dependencies.BindDependencyInput;
import dev.appaloft.api.dependencies.DependencyBindingView;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.RotateBindingSecretInput;
import dev.appaloft.api.dependencies.SecretRotated;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resources.dependencyBindings.*} through the facade on one store, with a fake machine: a
 * binding hands the next deployment the database URL as a secret (never answered, logged or in an
 * event), blocks the database's delete, and a rotation sets a new password in the database and
 * reaches the app with its next deployment.
 */
public abstract class DependencyBindingScenarios {

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    Appaloft.Session other;
    SampleApp app;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = new FakeVolumes();
        store = openStore();
        engine = AppaloftEngine.builder().store(store, false).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .dependencyReadyTimeout(Duration.ofMillis(600)).build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        app = SampleApp.create(engine.system());
    }

    @AfterEach
    void stop() {
        engine.close();
        store.close();
    }

    private ResourcesApi resources() {
        return engine.resources();
    }

    private String provision(String name) {
        return engine.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(app.project(), app.env(),
                app.server(), name)).id();
    }

    private String password() {
        String db = runtime.environments.entrySet().stream().filter(e -> e.getValue().containsKey("POSTGRES_PASSWORD"))
                .findFirst().orElseThrow().getKey();
        return runtime.environments.get(db).get("POSTGRES_PASSWORD");
    }

    private String deploy() {
        String id = engine.deployments().create(new CreateDeploymentInput(app.project(), app.server(), null, app.env(),
                app.resource(), null)).id();
        assertThat(engine.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        return id;
    }

    /** The environment of the newest app container. */
    private Map<String, String> appEnvironment() {
        return runtime.environments.entrySet().stream().filter(e -> e.getValue().containsKey("PORT"))
                .max(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getKey().substring(4))))
                .orElseThrow().getValue();
    }

    private String everythingWritten() {
        return Failures.everythingWritten(store);
    }

    private long audit(String type) {
        return Failures.audits(store, type);
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        Failures.assertInvalid(call, field);
    }

    @Test
    void aBindingHandsTheNextDeploymentTheUrlAsASecretAndBlocksTheDatabasesDelete() {
        String db = provision("Orders DB");
        String password = password();
        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();

        DependencyBindingView shown = resources().showDependencyBinding(app.resource(), id).binding();
        assertThat(shown.target().targetName()).isEqualTo("DATABASE_URL");
        assertThat(shown.target().scope()).isEqualTo("runtime-only");
        assertThat(shown.target().injectionMode()).isEqualTo("env");
        assertThat(shown.status()).isEqualTo("active");
        assertThat(shown.connection().maskedConnection()).isEqualTo("postgres://appaloft:********@dep-orders-db:5432/orders_db");
        assertThat(shown.snapshotReadiness().status()).isEqualTo("deferred");
        assertThat(shown.secretRotation()).isNull();
        assertThat(resources().listDependencyBindings(app.resource()).items()).extracting(DependencyBindingView::id)
                .containsExactly(id);

        String deployment = deploy();
        assertThat(appEnvironment()).containsEntry("DATABASE_URL",
                "postgres://appaloft:" + password + "@dep-orders-db:5432/orders_db");
        String appContainer = runtime.environments.entrySet().stream().filter(e -> e.getValue().containsKey("PORT"))
                .findFirst().orElseThrow().getKey();
        assertThat(runtime.networks.get(appContainer).name()).isEqualTo("appaloft-env-" + app.env().toLowerCase());
        assertThat(resources().showDependencyBinding(app.resource(), id).binding().snapshotReadiness().status())
                .isEqualTo("ready");
        String answers = Json.write(resources().listDependencyBindings(app.resource()))
                + Json.write(engine.deployments().show(deployment)) + Json.write(engine.deployments().logs(deployment));
        assertThat(answers + everythingWritten()).doesNotContain(password);

        assertThat(engine.dependencyResources().show(db).dependencyResource().deleteSafety().blockers())
                .extracting(b -> b.kind()).containsExactly("resource-binding");
        assertFails(() -> engine.dependencyResources().delete(db), ErrorCode.DEPENDENCY_RESOURCE_DELETE_BLOCKED);

        resources().unbindDependency(app.resource(), id);
        resources().unbindDependency(app.resource(), id); // already removed: nothing more is written
        assertThat(resources().showDependencyBinding(app.resource(), id).binding().status()).isEqualTo("removed");
        deploy();
        assertThat(appEnvironment()).doesNotContainKey("DATABASE_URL");
        engine.dependencyResources().delete(db);
        assertThat(List.of(audit("resource-dependency-bound"), audit("resource-dependency-unbound")))
                .containsExactly(1L, 1L);
    }

    @Test
    void anArchivedResourceWithAnActiveBindingIsNotDeletedUntilUnbound() {
        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), provision("Orders DB"),
                "DATABASE_URL")).id();
        resources().archive(new ArchiveResourceInput(app.resource(), "retired", null));
        assertThatThrownBy(() -> resources().delete(DeleteResourceInput.confirmed(app.resource(), "web")))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_DELETE_BLOCKED);
                    assertThat(e.getMessage()).contains("dependency-binding");
                });
        resources().unbindDependency(app.resource(), id);
        resources().delete(DeleteResourceInput.confirmed(app.resource(), "web"));
        assertFails(() -> resources().show(app.resource()), ErrorCode.NOT_FOUND);
    }

    @Test
    void aRotationSetsANewPasswordInTheDatabaseAndReachesTheAppWithItsNextDeployment() {
        String db = provision("Orders DB");
        String old = password();
        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();
        deploy();
        runtime.executed.clear();

        SecretRotated rotated = resources().rotateDependencySecret(RotateBindingSecretInput.generated(app.resource(), id));
        assertThat(rotated.id()).isEqualTo(id);
        assertThat(rotated.secretVersion()).isEqualTo("v2");
        assertThat(runtime.executed).singleElement().satisfies(cmd -> {
            assertThat(cmd).startsWith("psql");
            assertThat(String.join(" ", cmd)).contains("alter user \"appaloft\" with password 'SCRAM-SHA-256$4096:");
        });
        DependencyBindingView shown = resources().showDependencyBinding(app.resource(), id).binding();
        assertThat(shown.secretRotation().secretVersion()).isEqualTo("v2");
        assertThat(shown.secretRotation().previousSecretVersion()).isEqualTo("v1");
        assertThat(shown.snapshotReadiness().status()).isEqualTo("deferred");

        deploy();
        String url = appEnvironment().get("DATABASE_URL");
        assertThat(url).startsWith("postgres://appaloft:").endsWith("@dep-orders-db:5432/orders_db").doesNotContain(old);
        String fresh = url.substring("postgres://appaloft:".length(), url.indexOf('@'));
        assertThat(String.join(" ", runtime.executed.get(0))).as("only the verifier crosses").doesNotContain(fresh);
        assertThat(resources().showDependencyBinding(app.resource(), id).binding().snapshotReadiness().status())
                .isEqualTo("ready");
        assertThat(everythingWritten()).doesNotContain(fresh).doesNotContain(old);
        assertThat(audit("resource-dependency-binding-secret-rotated")).isEqualTo(1);

        // a given value is used as it is
        resources().rotateDependencySecret(new RotateBindingSecretInput(app.resource(), id, null, "chosen-secret-42", true));
        deploy();
        assertThat(appEnvironment().get("DATABASE_URL")).contains(":chosen-secret-42@");
    }

    @Test
    void aRotationTheDatabaseRefusesChangesNothing() {
        String db = provision("Orders DB");
        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();
        runtime.commands = cmd -> new CommandResult(1, "", "psql: error: connection refused");
        assertFails(() -> resources().rotateDependencySecret(RotateBindingSecretInput.generated(app.resource(), id)),
                ErrorCode.DEPENDENCY_SECRET_ROTATION_FAILED);
        assertThat(resources().showDependencyBinding(app.resource(), id).binding().secretRotation()).isNull();
        assertThat(audit("resource-dependency-binding-secret-rotated")).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String db = provision("Orders DB");
        assertInvalid(() -> resources().bindDependency(BindDependencyInput.of(app.resource(), db, "1-bad")), "targetName");
        assertInvalid(() -> resources().bindDependency(BindDependencyInput.of(app.resource(), " ", "DATABASE_URL")),
                "dependencyResourceId");
        assertInvalid(() -> resources().bindDependency(new BindDependencyInput(app.resource(), db, "DATABASE_URL",
                "forever", null)), "scope");
        assertInvalid(() -> resources().bindDependency(new BindDependencyInput(app.resource(), db, "DATABASE_URL",
                null, "carrier-pigeon")), "injectionMode");
        assertFails(() -> resources().bindDependency(new BindDependencyInput(app.resource(), db, "DATABASE_URL",
                null, "file")), ErrorCode.NOT_IMPLEMENTED);
        String staging = engine.environments().create(new CreateEnvironmentInput(app.project(), "staging",
                EnvironmentKind.STAGING, null)).id();
        String elsewhere = engine.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(
                app.project(), staging, app.server(), "Other DB")).id();
        assertInvalid(() -> resources().bindDependency(BindDependencyInput.of(app.resource(), elsewhere, "DATABASE_URL")),
                "dependencyResourceId");

        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();
        assertFails(() -> resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")),
                ErrorCode.DEPENDENCY_BINDING_CONFLICT);
        assertInvalid(() -> resources().rotateDependencySecret(new RotateBindingSecretInput(app.resource(), id, null,
                null, false)), "confirmHistoricalSnapshotsRemainUnchanged");
        assertInvalid(() -> resources().rotateDependencySecret(new RotateBindingSecretInput(app.resource(), id, null,
                "short", true)), "secretValue");
        assertInvalid(() -> resources().rotateDependencySecret(new RotateBindingSecretInput(app.resource(), id,
                "vault:elsewhere", null, true)), "secretRef");
        assertFails(() -> resources().showDependencyBinding(app.resource(), "dbn_missing"), ErrorCode.NOT_FOUND);
    }

    @Test
    void anotherOrganizationSeesNothingAndChangesNothing() {
        String db = provision("Orders DB");
        String id = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();
        assertFails(() -> other.resources().listDependencyBindings(app.resource()), ErrorCode.NOT_FOUND);
        assertFails(() -> other.resources().showDependencyBinding(app.resource(), id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.resources().unbindDependency(app.resource(), id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.resources().rotateDependencySecret(RotateBindingSecretInput.generated(app.resource(), id)),
                ErrorCode.NOT_FOUND);
        assertFails(() -> other.resources().bindDependency(BindDependencyInput.of(app.resource(), db, "OTHER_URL")),
                ErrorCode.NOT_FOUND);
        assertThat(resources().showDependencyBinding(app.resource(), id).binding().status()).isEqualTo("active");
    }

    @Test
    void aManagedRedisIsBoundAsRedisUrl() {
        String cache = engine.dependencyResources().provision(ProvisionDependencyResourceInput.redis(app.project(),
                app.env(), app.server(), "Cache")).id();
        String container = runtime.environments.entrySet().stream()
                .filter(e -> e.getValue().containsKey("REDIS_PASSWORD")).findFirst().orElseThrow().getKey();
        String password = runtime.environments.get(container).get("REDIS_PASSWORD");
        assertThat(runtime.startedImages.get(container)).isEqualTo("redis:7-alpine");
        assertThat(runtime.mounts.get(container).get(0).target()).isEqualTo("/data");
        assertThat(runtime.networks.get(container).aliases()).containsExactly("dep-cache");
        assertThat(String.join(" ", runtime.executed.get(runtime.executed.size() - 1))).contains("redis-cli")
                .doesNotContain(password);
        assertThat(engine.dependencyResources().show(cache).dependencyResource().connection().maskedConnection())
                .isEqualTo("redis://default:********@dep-cache:6379/0");
        resources().bindDependency(BindDependencyInput.of(app.resource(), cache, "REDIS_URL"));
        deploy();
        assertThat(appEnvironment()).containsEntry("REDIS_URL", "redis://default:" + password + "@dep-cache:6379/0");
        assertThat(everythingWritten()).doesNotContain(password);
        assertInvalid(() -> engine.dependencyResources().provision(new ProvisionDependencyResourceInput(
                dev.appaloft.api.dependencies.DependencyKind.REDIS, app.project(), app.env(), app.server(), "other",
                null, null, List.of(new dev.appaloft.api.dependencies.DependencyCapability("redis-module", "json",
                null, null)), null)), "capabilities");
    }

    // mysql
    @Test
    void aManagedMysqlIsBoundAsDatabaseUrlAndItsPasswordRotatedThroughFiles() {
        String db = engine.dependencyResources().provision(new ProvisionDependencyResourceInput(
                dev.appaloft.api.dependencies.DependencyKind.MYSQL, app.project(), app.env(), app.server(), "Shop",
                null, null, null, null)).id();
        String container = runtime.environments.entrySet().stream()
                .filter(e -> e.getValue().containsKey("MYSQL_PASSWORD")).findFirst().orElseThrow().getKey();
        Map<String, String> env = runtime.environments.get(container);
        String password = env.get("MYSQL_PASSWORD");
        assertThat(env).containsEntry("MYSQL_USER", "appaloft").containsEntry("MYSQL_DATABASE", "shop")
                .containsEntry("MYSQL_ROOT_HOST", "localhost");
        assertThat(env.get("MYSQL_ROOT_PASSWORD")).as("root's password is another, kept nowhere").isNotEqualTo(password);
        assertThat(runtime.startedImages.get(container)).isEqualTo("mysql:8.4");
        assertThat(runtime.mounts.get(container).get(0).target()).isEqualTo("/var/lib/mysql");
        assertThat(runtime.networks.get(container).aliases()).containsExactly("dep-shop");
        assertThat(runtime.executed.get(runtime.executed.size() - 1)).contains("mysqladmin", "ping");
        assertThat(engine.dependencyResources().show(db).dependencyResource().connection().maskedConnection())
                .isEqualTo("mysql://appaloft:********@dep-shop:3306/shop");
        String binding = resources().bindDependency(BindDependencyInput.of(app.resource(), db, "DATABASE_URL")).id();
        deploy();
        assertThat(appEnvironment()).containsEntry("DATABASE_URL", "mysql://appaloft:" + password + "@dep-shop:3306/shop");

        resources().rotateDependencySecret(RotateBindingSecretInput.generated(app.resource(), binding));
        Map<String, byte[]> copied = runtime.files.values().stream().flatMap(m -> m.entrySet().stream())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String login = copied.entrySet().stream().filter(e -> e.getKey().endsWith(".cnf")).map(e -> new String(
                e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(login).as("it logs in with the old password").contains("password=\"" + password + "\"");
        String change = copied.entrySet().stream().filter(e -> e.getKey().endsWith("-mariadb.sql")).map(e -> new String(
                e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        deploy();
        String next = appEnvironment().get("DATABASE_URL").replaceAll("^mysql://appaloft:([^@]*)@.*$", "$1");
        assertThat(next).isNotEqualTo(password);
        assertThat(change).isEqualTo("SET PASSWORD = PASSWORD('" + next + "');\n");
        assertThat(runtime.executed.toString() + everythingWritten()).doesNotContain(password).doesNotContain(next);
    }
}

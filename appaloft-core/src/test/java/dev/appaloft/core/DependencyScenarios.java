package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.DependencyResourcesApi;
import dev.appaloft.api.dependencies.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.VolumeMount;
import dev.appaloft.api.storage.BackupRelationship;
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
 * {@code dependencyResources.*} through the facade on one store, with a fake machine: a managed
 * Postgres is a labelled container with a data volume and generated credentials no answer, event
 * or log carries; what fails leaves nothing behind; the records and their rules.
 */
public abstract class DependencyScenarios {

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeVolumes volumes = new FakeVolumes();
    Appaloft.Session other;
    SampleApp app;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = volumes;
        store = openStore();
        engine = builder().build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        app = SampleApp.create(engine.system());
    }

    private AppaloftEngineBuilder builder() {
        return AppaloftEngine.builder().store(store, false).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .dependencyReadyTimeout(Duration.ofMillis(600));
    }

    @AfterEach
    void stop() {
        engine.close();
        store.close();
    }

    private DependencyResourcesApi deps() {
        return engine.dependencyResources();
    }

    private String provision(String name) {
        return deps().provision(ProvisionDependencyResourceInput.postgres(app.project(), app.env(), app.server(), name))
                .id();
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
    void aManagedPostgresRunsLabelledWithItsVolumeAndItsPasswordIsNeverAnswered() {
        String id = provision("Orders DB");
        assertThat(runtime.instances).hasSize(1);
        String container = runtime.instances.keySet().iterator().next();
        Map<String, String> env = runtime.environments.get(container);
        String password = env.get("POSTGRES_PASSWORD");
        assertThat(password).hasSize(32).matches("[A-Za-z0-9]+");
        assertThat(env).containsEntry("POSTGRES_USER", "appaloft").containsEntry("POSTGRES_DB", "orders_db");
        assertThat(runtime.startedImages.get(container)).isEqualTo("postgres:16-alpine");
        assertThat(runtime.instances.get(container).labels()).containsEntry("appaloft.dependency-resource", id)
                .containsEntry("appaloft.dependency-kind", "postgres").containsEntry("appaloft.environment", app.env());
        String volume = "appaloft-" + id + "-data";
        assertThat(runtime.mounts.get(container)).containsExactly(VolumeMount.volume(volume, "/var/lib/postgresql/data",
                false));
        assertThat(volumes.volumes.get(volume).labels()).containsEntry("appaloft.dependency-resource", id);
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(cmd).startsWith("pg_isready"));

        DependencyResourceView shown = deps().show(id).dependencyResource();
        assertThat(shown.kind()).isEqualTo(DependencyKind.POSTGRES);
        assertThat(shown.lifecycleStatus()).isEqualTo("ready");
        assertThat(shown.sourceMode()).isEqualTo("appaloft-managed");
        assertThat(shown.providerKey()).isEqualTo("local-shell");
        assertThat(shown.providerRealization().status()).isEqualTo("ready");
        assertThat(shown.connection().maskedConnection()).isEqualTo("postgres://appaloft:********@dep-orders-db:5432/orders_db");
        assertThat(shown.bindingReadiness().status()).isEqualTo("ready");
        assertThat(runtime.networks.get(container).name()).isEqualTo("appaloft-env-" + app.env().toLowerCase());
        assertThat(runtime.networks.get(container).aliases()).containsExactly("dep-orders-db");
        String answers = Json.write(deps().show(id)) + Json.write(deps().list(ListDependencyResourcesInput.all()));
        assertThat(answers + everythingWritten()).doesNotContain(password);
        assertThat(audit("dependency-resource-provisioned")).isEqualTo(1);
    }

    @Test
    void theImageIsConfigurablePerKind() {
        engine.close();
        engine = builder().dependencyImage(DependencyKind.POSTGRES, "local/postgres:15").build();
        provision("db");
        assertThat(runtime.startedImages.values()).containsExactly("local/postgres:15");
    }

    @Test
    void otherKindsAndBadInputAreRefusedNamingTheField() {
        for (DependencyKind kind : List.of(DependencyKind.CLICKHOUSE, DependencyKind.OPENSEARCH)) {
            assertFails(() -> deps().provision(new ProvisionDependencyResourceInput(kind, app.project(), app.env(),
                    app.server(), "cache", null, null, null, null)), ErrorCode.DEPENDENCY_KIND_UNSUPPORTED);
        }
        assertInvalid(() -> deps().provision(new ProvisionDependencyResourceInput(null, app.project(), app.env(),
                app.server(), "db", null, null, null, null)), "kind");
        assertInvalid(() -> deps().provision(ProvisionDependencyResourceInput.postgres(app.project(), app.env(), null,
                "db")), "serverId");
        assertInvalid(() -> deps().provision(ProvisionDependencyResourceInput.postgres(app.project(), app.env(),
                app.server(), " ")), "name");
        assertInvalid(() -> deps().provision(new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, app.project(),
                app.env(), app.server(), "db", null, null, List.of(new DependencyCapability("redis-module", "json",
                null, null)), null)), "capabilities");
        assertInvalid(() -> deps().provision(new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, app.project(),
                app.env(), app.server(), "db", null, null, List.of(DependencyCapability.postgresExtension("x'; drop")),
                null)), "capabilities");
        assertInvalid(() -> deps().provision(new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, app.project(),
                app.env(), app.server(), "db", "generic-ssh", null, null, null)), "providerKey");
        assertInvalid(() -> deps().list(new ListDependencyResourcesInput(null, null, null, 501)), "limit");
        assertThat(runtime.instances).isEmpty();
    }

    @Test
    void aDatabaseThatNeverBecomesReadyLeavesNothingBehind() {
        runtime.commands = cmd -> new CommandResult(cmd.get(0).equals("pg_isready") ? 2 : 0, "", "");
        assertFails(() -> provision("db"), ErrorCode.DEPENDENCY_PROVISION_FAILED);
        assertThat(runtime.instances).isEmpty();
        assertThat(volumes.volumes).isEmpty();
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, null)).count()).isZero();

        runtime.commands = cmd -> new CommandResult(0, "", "");
        String first = provision("db");
        assertFails(() -> provision("DB"), ErrorCode.DEPENDENCY_RESOURCE_SLUG_CONFLICT);
        assertThat(runtime.instances).as("the refused one made nothing").hasSize(1);
        assertThat(deps().list(ListDependencyResourcesInput.all()).items()).extracting(DependencyResourceView::id)
                .containsExactly(first);
    }

    @Test
    void extensionsAreCreatedWhenAvailableAndAMissingRequiredOneDegradesTheDatabase() {
        runtime.commands = cmd -> new CommandResult(0, String.join(" ", cmd).contains("'pgcrypto'") ? "1.3\n" : "\n", "");
        String id = deps().provision(new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, app.project(),
                app.env(), app.server(), "db", null, null, List.of(DependencyCapability.postgresExtension("pgcrypto"),
                DependencyCapability.postgresExtension("postgis")), null)).id();
        DependencyResourceView shown = deps().show(id).dependencyResource();
        assertThat(shown.capabilityReadbacks()).extracting(DependencyResourceView.CapabilityReadback::status)
                .containsExactly("satisfied", "unsupported");
        assertThat(shown.capabilityReadbacks().get(0).version()).isEqualTo("1.3");
        assertThat(shown.lifecycleStatus()).isEqualTo("degraded");
        assertThat(shown.bindingReadiness().status()).isEqualTo("blocked");
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(String.join(" ", cmd))
                .contains("create extension if not exists \"pgcrypto\""));
    }

    @Test
    void listCountRenameAndDeleteWithItsBlockers() {
        String id = provision("db");
        String staging = engine.environments().create(new dev.appaloft.api.environments.CreateEnvironmentInput(
                app.project(), "staging", dev.appaloft.api.environments.EnvironmentKind.STAGING, null)).id();
        String kept = deps().provision(new ProvisionDependencyResourceInput(DependencyKind.POSTGRES, app.project(),
                staging, app.server(), "db", null, null, null, new BackupRelationship(true, "nightly dumps"))).id();
        assertThat(deps().count(new CountDependencyResourcesInput(app.project(), null, DependencyKind.POSTGRES)).count())
                .isEqualTo(2);
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, DependencyKind.REDIS)).count()).isZero();
        assertThat(deps().list(new ListDependencyResourcesInput(null, staging, null, null)).items())
                .extracting(DependencyResourceView::id).containsExactly(kept);

        deps().rename(id, "Main DB");
        assertThat(deps().show(id).dependencyResource().slug()).isEqualTo("main-db");
        deps().rename(id, "Main DB");
        assertFails(() -> deps().delete(kept), ErrorCode.DEPENDENCY_RESOURCE_DELETE_BLOCKED);
        assertThat(deps().show(kept).dependencyResource().deleteSafety().blockers())
                .extracting(DependencyResourceView.Blocker::kind).containsExactly("backup-relationship");

        assertThat(engine.servers().deleteCheck(app.server()).blockers())
                .anySatisfy(b -> assertThat(List.of(b.kind(), b.relatedEntityType(), String.valueOf(b.count())))
                        .containsExactly("resource-placement", "dependency-resource", "2"));
        assertThat(engine.projects().deleteCheck(app.project()).blockers())
                .anySatisfy(b -> assertThat(List.of(b.kind(), String.valueOf(b.count())))
                        .containsExactly("dependency-resource", "2"));
        deps().delete(id);
        DependencyResourceView deleted = deps().show(id).dependencyResource();
        assertThat(deleted.lifecycleStatus()).isEqualTo("deleted");
        assertThat(deleted.providerRealization().status()).isEqualTo("deleted");
        assertThat(runtime.find(Map.of("appaloft.dependency-resource", id))).isEmpty();
        assertThat(volumes.volumes).doesNotContainKey("appaloft-" + id + "-data");
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, null)).count()).isEqualTo(1);
        assertFails(() -> deps().delete(id), ErrorCode.NOT_FOUND);
        assertFails(() -> deps().rename(id, "again"), ErrorCode.NOT_FOUND);
        assertThat(List.of(audit("dependency-resource-renamed"), audit("dependency-resource-deleted")))
                .containsExactly(1L, 1L);
    }

    @Test
    void anotherOrganizationSeesNothingAndChangesNothing() {
        String id = provision("db");
        assertFails(() -> other.dependencyResources().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.dependencyResources().rename(id, "mine"), ErrorCode.NOT_FOUND);
        assertFails(() -> other.dependencyResources().delete(id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(app.project(),
                app.env(), app.server(), "x")), ErrorCode.NOT_FOUND);
        assertThat(other.dependencyResources().list(ListDependencyResourcesInput.all()).items()).isEmpty();
        assertThat(other.dependencyResources().count(new CountDependencyResourcesInput(null, null, null)).count()).isZero();
        assertThat(runtime.instances).hasSize(1);
    }
}

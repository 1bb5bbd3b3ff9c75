package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.appaloft.core.Failures.assertFails;
import static dev.appaloft.core.Failures.assertInvalid;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.DependencyResourcesApi;
import dev.appaloft.api.dependencies.*;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dependencyResources.import} and the provisioning plans on one store, with a fake machine:
 * an import starts nothing and seals its password; a plan changes nothing until accepted.
 */
public abstract class DependencyPlanScenarios {

    static final String URL = "postgresql://shop:p%40ss-W0rd@db.example.com:6543/shop?sslmode=require";
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

    private DependencyResourcesApi deps() {
        return engine.dependencyResources();
    }

    private String everythingWritten() {
        return Failures.everythingWritten(store);
    }

    private long audit(String type) {
        return Failures.audits(store, type);
    }

    private ImportDependencyResourceInput shopDb() {
        return ImportDependencyResourceInput.of(DependencyKind.POSTGRES, app.project(), app.env(), "Shop DB", URL);
    }

    /** The environment the newest app container was started with. */
    private Map<String, String> deployedEnvironment() {
        String id = engine.deployments().create(new CreateDeploymentInput(app.project(), app.server(), null, app.env(),
                app.resource(), null)).id();
        assertThat(engine.deployments().show(id).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        return runtime.environments.entrySet().stream().filter(e -> e.getValue().containsKey("PORT"))
                .max(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getKey().substring(4))))
                .orElseThrow().getValue();
    }

    @Test
    void anImportStartsNothingSealsItsPasswordAndBindsWithTheRealUrl() {
        String id = deps().importExternal(shopDb()).id();
        assertThat(runtime.instances).isEmpty();
        DependencyResourceView shown = deps().show(id).dependencyResource();
        assertThat(shown.sourceMode()).isEqualTo("imported-external");
        assertThat(shown.providerManaged()).isFalse();
        assertThat(shown.providerKey()).isEqualTo("external");
        assertThat(shown.connection().host()).isEqualTo("db.example.com");
        assertThat(shown.connection().port()).isEqualTo(6543L);
        assertThat(shown.connection().databaseName()).isEqualTo("shop");
        assertThat(shown.connection().maskedConnection())
                .isEqualTo("postgresql://shop:********@db.example.com:6543/shop?sslmode=require");
        assertThat(everythingWritten()).doesNotContain("p@ss-W0rd").doesNotContain("p%40ss-W0rd");
        assertThat(audit("dependency-resource-imported")).isEqualTo(1);

        engine.resources().bindDependency(BindDependencyInput.of(app.resource(), id, "DATABASE_URL"));
        assertThat(deployedEnvironment()).containsEntry("DATABASE_URL",
                "postgresql://shop:p%40ss-W0rd@db.example.com:6543/shop?sslmode=require");
    }

    @Test
    void anImportWithoutPasswordAndItsDeleteNeverTouchTheMachine() {
        String id = deps().importExternal(ImportDependencyResourceInput.of(DependencyKind.REDIS, app.project(),
                app.env(), "Cache", "redis://cache.internal/2")).id();
        DependencyResourceView shown = deps().show(id).dependencyResource();
        assertThat(shown.connection().maskedConnection()).isEqualTo("redis://cache.internal:6379/2");
        assertThat(shown.connection().secretRef()).isNull();
        assertFails(() -> engine.dependencyBackups().createBackup(
                dev.appaloft.api.dependencies.backups.CreateDependencyBackupInput.of(id)), ErrorCode.NOT_IMPLEMENTED);
        deps().delete(id);
        assertThat(runtime.instances).isEmpty();
        assertThat(deps().show(id).dependencyResource().lifecycleStatus())
                .isEqualTo("deleted");
    }

    @Test
    void aBadImportNamesItsFieldAndLeavesNothing() {
        assertInvalid(() -> deps().importExternal(ImportDependencyResourceInput.of(DependencyKind.POSTGRES,
                app.project(), app.env(), "x", "redis://cache:6379")), "connectionUrl");
        assertInvalid(() -> deps().importExternal(ImportDependencyResourceInput.of(DependencyKind.POSTGRES,
                app.project(), app.env(), "x", "postgres:///nohost")), "connectionUrl");
        assertInvalid(() -> deps().importExternal(new ImportDependencyResourceInput(DependencyKind.POSTGRES,
                app.project(), app.env(), "x", URL, null, "second-password", null, null, null)), "connectionSecret");
        assertFails(() -> deps().importExternal(new ImportDependencyResourceInput(DependencyKind.POSTGRES,
                app.project(), app.env(), "x", "postgres://db:5432/x", "vault://db", null, null, null, null)), ErrorCode.NOT_IMPLEMENTED);
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, null)).count()).isZero();
        assertFails(() -> other.dependencyResources().importExternal(shopDb()), ErrorCode.NOT_FOUND);
    }

    @Test
    void aCreatePlanChangesNothingUntilAcceptedThenProvisionsOnce() {
        DependencyProvisioningPlan planned = deps().plan(PlanDependencyProvisioningInput.create(
                ProvisionDependencyResourceInput.postgres(app.project(), app.env(), app.server(), "Orders")));
        DependencyProvisioningPlan.Plan plan = planned.plan();
        assertThat(planned.schemaVersion()).isEqualTo("dependency-resource-provisioning.plan/v1");
        assertThat(plan.status()).isEqualTo("planned");
        assertThat(plan.requiresAcceptance()).isTrue();
        assertThat(plan.serverId()).isEqualTo(app.server());
        assertThat(plan.summary()).anySatisfy(line -> assertThat(line).contains("postgres:16-alpine", app.server()));
        assertThat(runtime.instances).isEmpty();
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, null)).count()).isZero();

        assertInvalid(() -> deps().accept(new AcceptDependencyProvisioningInput(plan.id(), false)),
                "acknowledgeMutation");
        DependencyProvisioningPlan.Plan accepted = deps().accept(AcceptDependencyProvisioningInput.of(plan.id())).plan();
        assertThat(accepted.status()).isEqualTo("realized");
        assertThat(accepted.acceptedAt()).isNotNull();
        assertThat(accepted.completedAt()).isNotNull();
        assertThat(runtime.instances).hasSize(1);
        assertThat(deps().show(accepted.dependencyResourceId()).dependencyResource()
                .name()).isEqualTo("Orders");
        assertThat(audit("dependency-provisioning-planned")).isEqualTo(1);
        assertThat(audit("dependency-resource-provisioned")).isEqualTo(1); // the accept's one event

        assertFails(() -> deps().accept(AcceptDependencyProvisioningInput.of(plan.id())),
                ErrorCode.DEPENDENCY_PROVISIONING_PLAN_CLOSED);
        assertThat(runtime.instances).hasSize(1);
        assertThat(deps().planStatus(new ShowDependencyProvisioningInput(plan.id())).plan().status())
                .isEqualTo("realized");
        assertFails(() -> other.dependencyResources().planStatus(new ShowDependencyProvisioningInput(plan.id())),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void aPlanWhoseNameWasTakenMeanwhileFailsWithTheCodeAndStartsNothing() {
        String planId = deps().plan(PlanDependencyProvisioningInput.create(ProvisionDependencyResourceInput.postgres(
                app.project(), app.env(), app.server(), "Orders"))).plan().id();
        deps().importExternal(ImportDependencyResourceInput.of(DependencyKind.POSTGRES, app.project(), app.env(),
                "Orders", "postgres://elsewhere/orders"));
        DependencyProvisioningPlan.Plan failed = deps().accept(AcceptDependencyProvisioningInput.of(planId)).plan();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failureCode()).isNotBlank();
        assertThat(failed.failureMessage()).contains("orders");
        assertThat(failed.dependencyResourceId()).isNull();
        assertThat(runtime.instances).isEmpty();
    }

    @Test
    void aReusePlanKeepsThePasswordSealedAndItsAcceptImportsIt() {
        DependencyProvisioningPlan.Plan plan = deps().plan(PlanDependencyProvisioningInput.reuse(shopDb())).plan();
        assertThat(plan.mode()).isEqualTo("reuse");
        assertThat(plan.endpoint()).isEqualTo("postgresql://shop:********@db.example.com:6543/shop?sslmode=require");
        assertThat(plan.summary()).anySatisfy(line -> assertThat(line).contains("nothing is started"));
        assertThat(deps().count(new CountDependencyResourcesInput(null, null, null)).count()).isZero();
        assertThat(everythingWritten())
                .doesNotContain("W0rd");

        String id = deps().accept(AcceptDependencyProvisioningInput.of(plan.id())).plan().dependencyResourceId();
        engine.resources().bindDependency(BindDependencyInput.of(app.resource(), id, "DATABASE_URL"));
        assertThat(deployedEnvironment().get("DATABASE_URL")).contains(":p%40ss-W0rd@"); // unsealed for the app only
        assertInvalid(() -> deps().plan(new PlanDependencyProvisioningInput("reuse", null, null)), "reuse");
        assertInvalid(() -> deps().plan(new PlanDependencyProvisioningInput("clone", null, null)), "mode");
    }
}

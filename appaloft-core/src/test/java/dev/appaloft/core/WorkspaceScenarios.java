package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.variables.*;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projects and environments rules, through the facade, on one store. Each store module's
 * subclass runs the same scenarios (memory, SQLite, PostgreSQL).
 */
public abstract class WorkspaceScenarios {

    protected Store store;
    protected Appaloft appaloft;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder()
                .store(store)
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .build();
    }

    @AfterEach
    void stop() {
        appaloft.close();
    }

    String project(String name) {
        return appaloft.projects().create(CreateProjectInput.named(name)).id();
    }

    String environment(String projectId, String name) {
        return appaloft.environments().create(new CreateEnvironmentInput(projectId, name, EnvironmentKind.STAGING, null)).id();
    }

    void setVariable(String envId, String key, String value, VariableScope scope, boolean secret) {
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(envId, key, value,
                secret ? VariableKind.SECRET : VariableKind.PLAIN_CONFIG, VariableExposure.RUNTIME, scope, secret));
    }

    @Test
    void createdProjectIsShownListedAndCounted() {
        String id = appaloft.projects().create(new CreateProjectInput("  Web Shop ", null, "the store front")).id();

        ProjectView shown = appaloft.projects().show(id);
        assertThat(id).startsWith("prj_");
        assertThat(shown.name()).isEqualTo("Web Shop");
        assertThat(shown.slug()).isEqualTo("web-shop");
        assertThat(shown.description()).isEqualTo("the store front");
        assertThat(shown.organizationId()).isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(shown.lifecycleStatus()).isEqualTo(ProjectLifecycleStatus.ACTIVE);
        assertThat(shown.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(appaloft.projects().list(new ListProjectsInput(null)).items()).containsExactly(shown);
        assertThat(appaloft.projects().count().count()).isEqualTo(1);
    }

    @Test
    void listHonoursTheLimitInCreationOrder() throws InterruptedException {
        // creation order is millisecond order (ties break on id), so space the creations
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            ids.add(project(name));
            Thread.sleep(3);
        }
        assertThat(appaloft.projects().list(new ListProjectsInput(2)).items())
                .extracting(ProjectView::id).containsExactly(ids.get(0), ids.get(1));
        assertFails(() -> appaloft.projects().list(new ListProjectsInput(0)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.projects().list(new ListProjectsInput(501)), ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void namesAndSlugsAreUniquePerOrganization() {
        project("Shop");
        assertFails(() -> project("shop"), ErrorCode.PROJECT_NAME_CONFLICT);
        project("My Shop");
        assertFails(() -> project("my-shop"), ErrorCode.PROJECT_SLUG_CONFLICT);
        String other = project("Other");
        assertFails(() -> appaloft.projects().rename(new RenameProjectInput(other, "SHOP")), ErrorCode.PROJECT_NAME_CONFLICT);

        // another organization may use the same names
        Actor stranger = new Actor(Actor.Kind.USER, "usr_b", "org_b", Actor.Role.OWNER);
        assertThat(appaloft.as(stranger).projects().create(CreateProjectInput.named("Shop")).id()).startsWith("prj_");
    }

    @Test
    void invalidInputListsEveryProblem() {
        assertThatThrownBy(() -> appaloft.projects().create(new CreateProjectInput("   ", null, "x".repeat(2001))))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.issues()).extracting(i -> i.dottedPath()).containsExactlyInAnyOrder("name", "description");
                });
        assertThat(appaloft.projects().count().count()).isZero();
    }

    @Test
    void archivedProjectRefusesChangesUntilRestored() {
        String id = project("shop");
        appaloft.projects().archive(new ArchiveProjectInput(id, "paused"));
        appaloft.projects().archive(new ArchiveProjectInput(id, "again")); // idempotent

        ProjectView archived = appaloft.projects().show(id);
        assertThat(archived.lifecycleStatus()).isEqualTo(ProjectLifecycleStatus.ARCHIVED);
        assertThat(archived.archiveReason()).isEqualTo("paused");
        assertThat(archived.archivedAt()).isNotNull();
        assertFails(() -> appaloft.projects().rename(new RenameProjectInput(id, "new")), ErrorCode.PROJECT_ARCHIVED);
        assertFails(() -> appaloft.projects().setDescription(new SetProjectDescriptionInput(id, "d")), ErrorCode.PROJECT_ARCHIVED);
        assertFails(() -> environment(id, "staging"), ErrorCode.PROJECT_ARCHIVED);

        appaloft.projects().restore(id);
        appaloft.projects().rename(new RenameProjectInput(id, "Shop Two"));
        ProjectView restored = appaloft.projects().show(id);
        assertThat(restored.lifecycleStatus()).isEqualTo(ProjectLifecycleStatus.ACTIVE);
        assertThat(restored.slug()).isEqualTo("shop-two");
        assertThat(restored.archivedAt()).isNull();
    }

    @Test
    void deleteNeedsArchiveConfirmationAndNoBlockers() {
        String id = project("shop");
        String env = environment(id, "staging");

        ProjectDeleteCheck check = appaloft.projects().deleteCheck(id);
        assertThat(check.eligible()).isFalse();
        assertThat(check.schemaVersion()).isEqualTo("projects.delete-check/v1");
        assertThat(check.blockers()).extracting(ProjectDeleteCheck.Blocker::kind)
                .containsExactly("active-project", "environment");
        assertFails(() -> appaloft.projects().delete(DeleteProjectInput.confirmed(id)), ErrorCode.PROJECT_DELETE_BLOCKED);

        appaloft.environments().archive(new ArchiveEnvironmentInput(env, null));
        appaloft.projects().archive(new ArchiveProjectInput(id, null));
        assertThat(appaloft.projects().deleteCheck(id).eligible()).isTrue();
        assertFails(() -> appaloft.projects().delete(new DeleteProjectInput(id,
                new DeleteProjectInput.Confirmation("prj_other"), null)), ErrorCode.VALIDATION_ERROR);

        appaloft.projects().delete(DeleteProjectInput.confirmed(id));
        assertFails(() -> appaloft.projects().show(id), ErrorCode.NOT_FOUND);
        assertThat(appaloft.projects().count().count()).isZero();
        assertThat(project("shop")).isNotEqualTo(id); // the name is free again
    }

    @Test
    void anotherOrganizationSeesNothing() {
        String id = project("shop");
        String env = environment(id, "staging");
        Appaloft.Session stranger = appaloft.as(new Actor(Actor.Kind.USER, "usr_b", "org_b", Actor.Role.OWNER));

        assertFails(() -> stranger.projects().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> stranger.projects().archive(new ArchiveProjectInput(id, null)), ErrorCode.NOT_FOUND);
        assertFails(() -> stranger.environments().show(env), ErrorCode.NOT_FOUND);
        assertFails(() -> stranger.environments().create(
                new CreateEnvironmentInput(id, "x", EnvironmentKind.TEST, null)), ErrorCode.NOT_FOUND);
        assertFails(() -> stranger.projects().create(new CreateProjectInput("x", Actor.SELF_HOSTED_ORGANIZATION, null)),
                ErrorCode.NOT_FOUND);
        assertThat(stranger.projects().list(new ListProjectsInput(null)).items()).isEmpty();
        assertThat(stranger.environments().list(new ListEnvironmentsInput(null, null)).items()).isEmpty();
        assertThat(stranger.environments().count(null).count()).isZero();
    }

    @Test
    void environmentNamesAreUniquePerProject() {
        String a = project("a");
        String b = project("b");
        environment(a, "staging");
        assertFails(() -> environment(a, "Staging"), ErrorCode.ENVIRONMENT_NAME_CONFLICT);
        environment(b, "staging");
        assertThat(appaloft.environments().count(a).count()).isEqualTo(1);
        assertThat(appaloft.environments().count(null).count()).isEqualTo(2);
        assertThat(appaloft.environments().list(new ListEnvironmentsInput(b, null)).items())
                .extracting(EnvironmentView::projectId).containsExactly(b);
    }

    @Test
    void lockedEnvironmentIsReadableButRefusesChanges() {
        String env = environment(project("shop"), "production");
        setVariable(env, "A", "1", null, false);
        appaloft.environments().lock(new LockEnvironmentInput(env, "release freeze"));

        EnvironmentView locked = appaloft.environments().show(env);
        assertThat(locked.lifecycleStatus()).isEqualTo(EnvironmentLifecycleStatus.LOCKED);
        assertThat(locked.lockReason()).isEqualTo("release freeze");
        assertThat(locked.maskedVariables()).hasSize(1);
        assertFails(() -> setVariable(env, "B", "2", null, false), ErrorCode.ENVIRONMENT_LOCKED);
        assertFails(() -> appaloft.environments().unsetVariable(new UnsetEnvironmentVariableInput(env, "A",
                VariableExposure.RUNTIME, null)), ErrorCode.ENVIRONMENT_LOCKED);
        assertFails(() -> appaloft.environments().rename(new RenameEnvironmentInput(env, "prod")), ErrorCode.ENVIRONMENT_LOCKED);
        assertFails(() -> appaloft.environments().cloneEnvironment(new CloneEnvironmentInput(env, "copy", null)),
                ErrorCode.ENVIRONMENT_LOCKED);

        appaloft.environments().unlock(env);
        setVariable(env, "B", "2", null, false);
        appaloft.environments().archive(new ArchiveEnvironmentInput(env, "retired"));
        EnvironmentView archived = appaloft.environments().show(env);
        assertThat(archived.lifecycleStatus()).isEqualTo(EnvironmentLifecycleStatus.ARCHIVED);
        assertThat(archived.lockedAt()).isNull();
        assertFails(() -> setVariable(env, "C", "3", null, false), ErrorCode.ENVIRONMENT_ARCHIVED);
        assertFails(() -> appaloft.environments().lock(new LockEnvironmentInput(env, null)), ErrorCode.ENVIRONMENT_ARCHIVED);
        assertFails(() -> appaloft.environments().unlock(env), ErrorCode.ENVIRONMENT_ARCHIVED);
    }

    @Test
    void secretValuesNeverAppearInReadsOrStorage() {
        String env = environment(project("shop"), "production");
        String secret = "s3cr3t-value-that-must-not-leak";
        setVariable(env, "DATABASE_PASSWORD", secret, null, true);
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "API_TOKEN", secret,
                VariableKind.SECRET, VariableExposure.RUNTIME, null, null));
        setVariable(env, "LOG_LEVEL", "debug", null, false);
        String other = appaloft.environments().cloneEnvironment(new CloneEnvironmentInput(env, "copy", null)).id();

        String reads = String.join("\n",
                appaloft.environments().show(env).toString(),
                appaloft.environments().list(new ListEnvironmentsInput(null, null)).toString(),
                appaloft.environments().effectivePrecedence(env).toString(),
                appaloft.environments().diff(env, other).toString(),
                appaloft.environments().show(other).toString());
        assertThat(reads).doesNotContain(secret).contains("****").contains("debug");
        assertThat(appaloft.environments().show(env).maskedVariables())
                .filteredOn(MaskedVariable::isSecret).extracting(MaskedVariable::value).containsOnly("****");

        String stored = store.read(r -> r.query(StoreCollections.ENVIRONMENTS, DocumentQuery.all()).toString()
                + r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000) + r.readStream(UnitOfWork.AUDIT, 0, 1000));
        assertThat(stored).doesNotContain(secret).contains("debug");
    }

    @Test
    void buildTimeVariablesArePublicByName() {
        String env = environment(project("shop"), "production");
        assertFails(() -> appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "API_URL", "x",
                VariableKind.PLAIN_CONFIG, VariableExposure.BUILD_TIME, null, false)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "PUBLIC_KEY", "x",
                VariableKind.SECRET, VariableExposure.BUILD_TIME, null, true)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> setVariable(env, "1BAD", "x", null, false), ErrorCode.VALIDATION_ERROR);
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "VITE_API_URL", "https://x",
                VariableKind.PLAIN_CONFIG, VariableExposure.BUILD_TIME, null, false));
        assertThat(appaloft.environments().show(env).maskedVariables()).extracting(MaskedVariable::key)
                .containsExactly("VITE_API_URL");
    }

    @Test
    void effectivePrecedenceLetsTheHighestScopeWin() {
        String env = environment(project("shop"), "production");
        setVariable(env, "REGION", "eu", VariableScope.DEFAULTS, false);
        setVariable(env, "REGION", "us", VariableScope.PROJECT, false);
        setVariable(env, "REGION", "ap", null, false);
        setVariable(env, "ONLY_DEFAULT", "d", VariableScope.DEFAULTS, false);
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "REGION", "eu", VariableKind.PLAIN_CONFIG,
                VariableExposure.RUNTIME, VariableScope.PROJECT, false)); // replaces the project entry

        EffectivePrecedence view = appaloft.environments().effectivePrecedence(env);
        assertThat(view.schemaVersion()).isEqualTo("environments.effective-precedence/v1");
        assertThat(view.precedence()).containsExactly("defaults", "system", "organization", "project", "environment",
                "resource", "deployment");
        assertThat(view.ownedEntries()).hasSize(4);
        assertThat(view.effectiveEntries()).extracting(ConfigEntryView::key, ConfigEntryView::value, ConfigEntryView::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ONLY_DEFAULT", "d", VariableScope.DEFAULTS),
                        org.assertj.core.groups.Tuple.tuple("REGION", "ap", VariableScope.ENVIRONMENT));

        appaloft.environments().unsetVariable(new UnsetEnvironmentVariableInput(env, "REGION", VariableExposure.RUNTIME, null));
        assertThat(appaloft.environments().effectivePrecedence(env).effectiveEntries())
                .filteredOn(e -> e.key().equals("REGION")).extracting(ConfigEntryView::value).containsExactly("eu");
        assertFails(() -> appaloft.environments().unsetVariable(new UnsetEnvironmentVariableInput(env, "REGION",
                VariableExposure.RUNTIME, null)), ErrorCode.ENVIRONMENT_VARIABLE_NOT_FOUND);
    }

    @Test
    void cloneAndPromoteCopyTheEffectiveConfigurationOnly() {
        String project = project("shop");
        String staging = environment(project, "staging");
        setVariable(staging, "REGION", "eu", VariableScope.PROJECT, false);
        setVariable(staging, "REGION", "us", null, false);
        setVariable(staging, "TOKEN", "t0ps3cret", null, true);

        String prod = appaloft.environments().promote(new PromoteEnvironmentInput(staging, "production",
                EnvironmentKind.PRODUCTION)).id();
        EnvironmentView promoted = appaloft.environments().show(prod);
        assertThat(promoted.kind()).isEqualTo(EnvironmentKind.PRODUCTION);
        assertThat(promoted.parentEnvironmentId()).isEqualTo(staging);
        assertThat(promoted.lifecycleStatus()).isEqualTo(EnvironmentLifecycleStatus.ACTIVE);
        assertThat(promoted.maskedVariables()).extracting(MaskedVariable::key, MaskedVariable::value, MaskedVariable::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REGION", "us", VariableScope.ENVIRONMENT),
                        org.assertj.core.groups.Tuple.tuple("TOKEN", "****", VariableScope.ENVIRONMENT));
        assertThat(appaloft.environments().diff(staging, prod).entries())
                .extracting(EnvironmentDiff.Entry::change).containsOnly(EnvironmentDiff.Change.UNCHANGED);

        String clone = appaloft.environments().cloneEnvironment(new CloneEnvironmentInput(staging, "qa", null)).id();
        assertThat(appaloft.environments().show(clone).kind()).isEqualTo(EnvironmentKind.STAGING);
        assertFails(() -> appaloft.environments().promote(new PromoteEnvironmentInput(staging, "qa", EnvironmentKind.TEST)),
                ErrorCode.ENVIRONMENT_NAME_CONFLICT);
        assertFails(() -> appaloft.environments().promote(new PromoteEnvironmentInput(staging, "x", null)),
                ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void diffReportsEachKeyFromLeftToRight() {
        String project = project("shop");
        String left = environment(project, "left");
        String right = environment(project, "right");
        setVariable(left, "SAME", "1", null, false);
        setVariable(right, "SAME", "1", null, false);
        setVariable(left, "CHANGED", "a", null, false);
        setVariable(right, "CHANGED", "b", null, false);
        setVariable(left, "GONE", "x", null, false);
        setVariable(right, "NEW", "y", null, false);
        setVariable(left, "SECRET", "p1", null, true);
        setVariable(right, "SECRET", "p2", null, true);

        List<EnvironmentDiff.Entry> diff = appaloft.environments().diff(left, right).entries();
        assertThat(diff).extracting(EnvironmentDiff.Entry::key, EnvironmentDiff.Entry::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CHANGED", EnvironmentDiff.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("GONE", EnvironmentDiff.Change.REMOVED),
                org.assertj.core.groups.Tuple.tuple("NEW", EnvironmentDiff.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("SAME", EnvironmentDiff.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("SECRET", EnvironmentDiff.Change.CHANGED));
        assertThat(diff.get(4).left().value()).isEqualTo("****");
        assertThat(diff.get(1).right()).isNull();
    }

    @Test
    void everyChangeLandsInTheEventAndAuditStreams() {
        String id = project("shop");
        appaloft.projects().rename(new RenameProjectInput(id, "shop2"));
        var events = store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 100));
        var audit = store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100));
        assertThat(events).extracting(e -> e.type()).containsExactly("project.created", "project-renamed");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).body()).contains("\"operation\":\"projects.create\"").contains("host-application");
    }
}

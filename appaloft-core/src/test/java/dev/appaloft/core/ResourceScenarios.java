package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.environments.LockEnvironmentInput;
import dev.appaloft.api.environments.SetEnvironmentVariableInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.ArchiveProjectInput;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.projects.ProjectDeleteCheck;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.variables.ConfigEntryView;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource configuration rules through the facade, run on every store by the subclasses. */
public abstract class ResourceScenarios {

    protected Store store;
    protected Appaloft appaloft;
    String project;
    String env;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION, null)).id();
    }

    @AfterEach
    void stop() {
        appaloft.close();
    }

    String resource(String name) {
        return appaloft.resources().create(CreateResourceInput.named(project, env, name)).id();
    }

    @Test
    void createdResourceHasDefaultsAndIsListed() {
        String id = appaloft.resources().create(new CreateResourceInput(project, env, null, "Web App", null, null, null,
                SourceBinding.of(SourceBinding.Kind.GIT_PUBLIC, "https://example.com/acme/shop.git"), null,
                NetworkProfile.port(8080))).id();
        ResourceDetail detail = appaloft.resources().show(id);
        assertThat(detail.schemaVersion()).isEqualTo("resources.show/v1");
        assertThat(detail.resource().slug()).isEqualTo("web-app");
        assertThat(detail.resource().kind()).isEqualTo(ResourceKind.APPLICATION);
        assertThat(detail.runtimeProfile().strategy()).isEqualTo(RuntimeProfile.Strategy.AUTO);
        assertThat(detail.networkProfile().exposureMode()).isEqualTo(NetworkProfile.ExposureMode.REVERSE_PROXY);
        assertThat(detail.networkProfile().upstreamProtocol()).isEqualTo(NetworkProfile.UpstreamProtocol.HTTP);
        assertThat(detail.source().displayName()).isEqualTo("shop");
        assertThat(detail.source().sourceBindingFingerprint()).startsWith("sha256:");
        assertThat(detail.lifecycle().status()).isEqualTo(ResourceLifecycleStatus.ACTIVE);
        assertThat(detail.diagnostics()).isEmpty();
        assertThat(appaloft.resources().list(new ListResourcesInput(project, env, null, null)).items())
                .extracting(ResourceSummary::id).containsExactly(id);
        assertThat(appaloft.resources().count(new CountResourcesInput(project, null, null)).count()).isEqualTo(1);
    }

    @Test
    void slugsAreUniqueWithinTheEnvironment() {
        resource("web");
        assertFails(() -> resource("Web"), ErrorCode.RESOURCE_SLUG_CONFLICT);
        String other = appaloft.environments().create(new CreateEnvironmentInput(project, "staging", EnvironmentKind.STAGING, null)).id();
        assertThat(appaloft.resources().create(CreateResourceInput.named(project, other, "web")).id()).startsWith("res_");
    }

    @Test
    void aResourceNeedsAProjectAndEnvironmentThatAcceptChanges() {
        appaloft.environments().lock(new LockEnvironmentInput(env, "freeze"));
        assertFails(() -> resource("web"), ErrorCode.ENVIRONMENT_LOCKED);
        String staging = appaloft.environments().create(new CreateEnvironmentInput(project, "staging", EnvironmentKind.STAGING, null)).id();
        String otherProject = appaloft.projects().create(CreateProjectInput.named("other")).id();
        assertFails(() -> appaloft.resources().create(CreateResourceInput.named(otherProject, staging, "x")),
                ErrorCode.VALIDATION_ERROR);
        appaloft.projects().archive(new ArchiveProjectInput(otherProject, null));
        assertFails(() -> appaloft.resources().create(CreateResourceInput.named(otherProject, staging, "x")),
                ErrorCode.PROJECT_ARCHIVED);
    }

    @Test
    void profilesAreCheckedAndCompleted() {
        String id = resource("web");
        appaloft.resources().configureHealth(new ConfigureHealthInput(id, HealthCheck.httpPath("/healthz")));
        HealthCheck health = appaloft.resources().show(id).healthPolicy();
        assertThat(health.enabled()).isTrue();
        assertThat(health.intervalSeconds()).isEqualTo(5);
        assertThat(health.retries()).isEqualTo(10);
        assertThat(health.http().path()).isEqualTo("/healthz");
        assertThat(health.http().expectedStatusCode()).isEqualTo(200);
        appaloft.resources().resetHealth(id);
        assertThat(appaloft.resources().show(id).healthPolicy()).isNull();

        assertFails(() -> appaloft.resources().configureNetwork(new ConfigureNetworkInput(id,
                new NetworkProfile(70000L, null, null, null, null))), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.resources().configureNetwork(new ConfigureNetworkInput(id,
                new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.REVERSE_PROXY, null, 9000L))),
                ErrorCode.VALIDATION_ERROR);
        appaloft.resources().configureNetwork(new ConfigureNetworkInput(id,
                new NetworkProfile(8080L, null, NetworkProfile.ExposureMode.DIRECT_PORT, null, 9000L)));
        assertThat(appaloft.resources().show(id).networkProfile().hostPort()).isEqualTo(9000L);

        assertFails(() -> appaloft.resources().configureRuntime(new ConfigureRuntimeInput(id,
                RuntimeProfile.strategy(RuntimeProfile.Strategy.STATIC), null)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.resources().configureSource(new ConfigureSourceInput(id,
                SourceBinding.of(SourceBinding.Kind.GIT_PUBLIC, "https://github.com/acme/shop/tree/main/web"), null)),
                ErrorCode.VALIDATION_ERROR);
        assertFails(() -> appaloft.resources().configureSource(new ConfigureSourceInput(id, new SourceBinding(
                SourceBinding.Kind.LOCAL_FOLDER, "/srv/app", null, null, null, null, "../etc", null, null, null, null,
                null, null, null, null), null)), ErrorCode.VALIDATION_ERROR);
        appaloft.resources().configureAccess(new ConfigureAccessInput(id, new AccessProfile(null, null)));
        assertThat(appaloft.resources().show(id).accessProfile().pathPrefix()).isEqualTo("/");
    }

    @Test
    void credentialsInSourcesAreNeverShown() {
        String id = resource("web");
        appaloft.resources().configureSource(new ConfigureSourceInput(id, new SourceBinding(SourceBinding.Kind.REMOTE_GIT,
                "https://deploy:hunter22@git.example.com/acme/shop.git", null, null, "main", null, null, null, null,
                null, null, null, null, null, Map.of("deployToken", "tok-123", "team", "web")), null));
        SourceBinding shown = appaloft.resources().show(id).source();
        assertThat(shown.toString()).doesNotContain("hunter22").doesNotContain("tok-123").contains("deploy:****@");
        assertThat(shown.metadata()).containsEntry("team", "web").containsEntry("deployToken", "****");
    }

    @Test
    void archivedResourcesRefuseChangesAndDeleteNeedsArchiveAndSlug() {
        String id = resource("web");
        assertFails(() -> appaloft.resources().delete(DeleteResourceInput.confirmed(id, "web")), ErrorCode.RESOURCE_DELETE_BLOCKED);
        appaloft.resources().archive(new ArchiveResourceInput(id, "retired", null));
        assertFails(() -> appaloft.resources().configureNetwork(new ConfigureNetworkInput(id, NetworkProfile.port(80))),
                ErrorCode.RESOURCE_ARCHIVED);
        assertFails(() -> appaloft.resources().setVariable(new SetResourceVariableInput(id, "A", "1", null,
                VariableExposure.RUNTIME, null)), ErrorCode.RESOURCE_ARCHIVED);
        assertFails(() -> appaloft.resources().delete(DeleteResourceInput.confirmed(id, "wrong")), ErrorCode.VALIDATION_ERROR);

        ProjectDeleteCheck check = appaloft.projects().deleteCheck(project);
        assertThat(check.blockers()).extracting(ProjectDeleteCheck.Blocker::kind).contains("resource");
        appaloft.resources().delete(DeleteResourceInput.confirmed(id, "web"));
        assertFails(() -> appaloft.resources().show(id), ErrorCode.NOT_FOUND);
        assertThat(appaloft.projects().deleteCheck(project).blockers()).extracting(ProjectDeleteCheck.Blocker::kind)
                .doesNotContain("resource");
        assertThat(resource("web")).isNotEqualTo(id);
    }

    @Test
    void secretsAreSealedMaskedAndManagedByKey() {
        String id = resource("web");
        appaloft.resources().createSecret(new CreateResourceSecretInput(id, "DB_PASSWORD", "pa55-w0rd-xyz", null));
        assertFails(() -> appaloft.resources().createSecret(new CreateResourceSecretInput(id, "DB_PASSWORD", "x", null)),
                ErrorCode.RESOURCE_SECRET_EXISTS);
        assertFails(() -> appaloft.resources().rotateSecret(new RotateResourceSecretInput(id, "NOPE", "x", null)),
                ErrorCode.RESOURCE_SECRET_NOT_FOUND);
        assertFails(() -> appaloft.resources().createSecret(new CreateResourceSecretInput(id, "VITE_X", "x",
                VariableExposure.BUILD_TIME)), ErrorCode.VALIDATION_ERROR);
        appaloft.resources().rotateSecret(new RotateResourceSecretInput(id, "DB_PASSWORD", "n3w-pa55-w0rd", null));

        ResourceSecretList list = appaloft.resources().secrets(new ListResourceSecretsInput(id, null));
        assertThat(list.items()).extracting(ResourceSecretView::key, ResourceSecretView::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DB_PASSWORD", "****"));
        assertThat(appaloft.resources().secret(new ShowResourceSecretInput(id, "DB_PASSWORD", null)).secret().kind())
                .isEqualTo("secret");
        String everything = appaloft.resources().show(id) + list.toString() + appaloft.resources().effectiveConfig(id)
                + store.read(r -> r.query(StoreCollections.RESOURCES, DocumentQuery.all()).toString()
                + r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000) + r.readStream(UnitOfWork.AUDIT, 0, 1000));
        assertThat(everything).doesNotContain("pa55-w0rd-xyz").doesNotContain("n3w-pa55-w0rd");

        appaloft.resources().deleteSecret(new DeleteResourceSecretInput(id, "DB_PASSWORD", null));
        assertThat(appaloft.resources().secrets(new ListResourceSecretsInput(id, null)).items()).isEmpty();
    }

    @Test
    void importReadsDotEnvLastWinsAndSealsCredentials() {
        String id = resource("web");
        appaloft.resources().setVariable(new SetResourceVariableInput(id, "LOG_LEVEL", "info", null,
                VariableExposure.RUNTIME, null));
        ImportVariablesResult result = appaloft.resources().importVariables(new ImportResourceVariablesInput(id, """
                # settings
                export LOG_LEVEL=debug
                API_TOKEN="abc\\"def"
                GREETING='hello # not a comment'
                PORT=8080 # inline comment
                PORT=9090
                """, VariableExposure.RUNTIME, null, List.of("GREETING")));
        assertThat(result.importedEntries()).extracting(ImportVariablesResult.ImportedEntry::key,
                ImportVariablesResult.ImportedEntry::value, ImportVariablesResult.ImportedEntry::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("LOG_LEVEL", "debug", "replaced"),
                        org.assertj.core.groups.Tuple.tuple("API_TOKEN", "****", "created"),
                        org.assertj.core.groups.Tuple.tuple("GREETING", "hello # not a comment", "created"),
                        org.assertj.core.groups.Tuple.tuple("PORT", "9090", "created"));
        assertThat(result.duplicateOverrides()).extracting(ImportVariablesResult.DuplicateOverride::key,
                ImportVariablesResult.DuplicateOverride::firstLine, ImportVariablesResult.DuplicateOverride::lastLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PORT", 5L, 6L));
        assertThat(result.existingOverrides()).extracting(ImportVariablesResult.ExistingOverride::key).containsExactly("LOG_LEVEL");

        assertThatThrownBy(() -> appaloft.resources().importVariables(new ImportResourceVariablesInput(id,
                "GOOD=1\nnot a line\n1BAD=2\n", VariableExposure.RUNTIME, null, null)))
                .isInstanceOfSatisfying(AppaloftException.class, e -> assertThat(e.issues()).hasSize(2));
        assertThat(appaloft.resources().effectiveConfig(id).ownedEntries()).extracting(ConfigEntryView::key)
                .doesNotContain("GOOD");
    }

    @Test
    void effectiveConfigLayersTheResourceOverTheEnvironment() {
        String id = resource("web");
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "REGION", "eu", VariableKind.PLAIN_CONFIG,
                VariableExposure.RUNTIME, VariableScope.PROJECT, false));
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "REGION", "us", VariableKind.PLAIN_CONFIG,
                VariableExposure.RUNTIME, null, false));
        appaloft.environments().setVariable(new SetEnvironmentVariableInput(env, "ONLY_ENV", "1", VariableKind.PLAIN_CONFIG,
                VariableExposure.RUNTIME, null, false));
        appaloft.resources().setVariable(new SetResourceVariableInput(id, "REGION", "ap", null, VariableExposure.RUNTIME, null));

        ResourceEffectiveConfig config = appaloft.resources().effectiveConfig(id);
        assertThat(config.schemaVersion()).isEqualTo("resources.effective-config/v1");
        assertThat(config.ownedEntries()).extracting(ConfigEntryView::key).containsExactly("REGION");
        assertThat(config.effectiveEntries()).extracting(ConfigEntryView::key, ConfigEntryView::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ONLY_ENV", "1"), org.assertj.core.groups.Tuple.tuple("REGION", "ap"));
        assertThat(config.overrides()).singleElement().satisfies(o -> {
            assertThat(o.selectedScope()).isEqualTo("resource");
            assertThat(o.overriddenScopes()).containsExactly("environment", "project");
        });
        appaloft.resources().unsetVariable(new UnsetResourceVariableInput(id, "REGION", VariableExposure.RUNTIME));
        assertFails(() -> appaloft.resources().unsetVariable(new UnsetResourceVariableInput(id, "REGION",
                VariableExposure.RUNTIME)), ErrorCode.RESOURCE_VARIABLE_NOT_FOUND);
    }

    @Test
    void anotherOrganizationCannotSeeOrTouchTheResource() {
        String id = resource("web");
        Appaloft.Session stranger = appaloft.as(new Actor(Actor.Kind.USER, "usr_b", "org_b", Actor.Role.OWNER));
        assertFails(() -> stranger.resources().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> stranger.resources().configureNetwork(new ConfigureNetworkInput(id, NetworkProfile.port(80))),
                ErrorCode.NOT_FOUND);
        assertThat(stranger.resources().list(new ListResourcesInput(null, null, null, null)).items()).isEmpty();
    }

    @Test
    void serversAreRegisteredListedAndScopedToTheOrganization() {
        String id = appaloft.servers().create(dev.appaloft.api.servers.CreateServerInput.localShell("this host")).id();
        var shown = appaloft.servers().show(new dev.appaloft.api.servers.ShowServerInput(id, true));
        assertThat(shown.server().providerKey()).isEqualTo("local-shell");
        assertThat(shown.server().port()).isEqualTo(22);
        assertThat(shown.server().edgeProxy().kind()).isEqualTo(dev.appaloft.api.servers.ProxyKind.TRAEFIK);
        assertThat(shown.server().edgeProxy().status()).isEqualTo(dev.appaloft.api.servers.ServerView.EdgeProxy.Status.PENDING);
        assertThat(shown.rollups().deployments().total()).isZero();
        assertThat(appaloft.servers().count().count()).isEqualTo(1);
        assertFails(() -> appaloft.servers().create(dev.appaloft.api.servers.CreateServerInput.localShell("This Host")),
                ErrorCode.SERVER_NAME_CONFLICT);
        assertFails(() -> appaloft.servers().create(new dev.appaloft.api.servers.CreateServerInput("x", "bad host!",
                "nowhere", null, 70000L, null)), ErrorCode.VALIDATION_ERROR);
        Appaloft.Session stranger = appaloft.as(new Actor(Actor.Kind.USER, "usr_b", "org_b", Actor.Role.OWNER));
        assertFails(() -> stranger.servers().show(new dev.appaloft.api.servers.ShowServerInput(id, null)), ErrorCode.NOT_FOUND);
        assertThat(stranger.servers().count().count()).isZero();
    }
}

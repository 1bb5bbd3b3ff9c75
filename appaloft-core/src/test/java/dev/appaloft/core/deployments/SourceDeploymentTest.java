package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.DeploymentView;
import dev.appaloft.api.deployments.RetryDeploymentInput;
import dev.appaloft.api.deployments.RollbackDeploymentInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.sources.GitRepos;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources through the engine with the runtime double: the detect phase, what a deployment
 * records and shows, its failures, retries pinned to a commit, and image retention.
 * (DockerSourcesIT builds and runs the same kinds of sources on the real engine.)
 */
class SourceDeploymentTest {

    @TempDir Path tmp;
    final FakeRuntime runtime = new FakeRuntime();
    Store store;
    Appaloft appaloft;
    String project;
    String env;
    String server;

    @BeforeEach
    void start() {
        store = new MemoryStore();
        appaloft = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(tmp.resolve("work"))
                .staticServerImage("local/static:2").workspaceImage("local/workspace:3").build();
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION,
                null)).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
    }

    @AfterEach
    void stop() {
        appaloft.close();
    }

    private String resource(String name, SourceBinding source, RuntimeProfile profile) {
        return appaloft.resources().create(new CreateResourceInput(project, env, null, name, null, null, null, source,
                profile, NetworkProfile.port(8080))).id();
    }

    private DeploymentDetail deploy(String resource) {
        String id = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
        return appaloft.deployments().show(id);
    }

    private Deployment stored(String id) {
        return store.read(r -> DeploymentRepository.require(r, null, id)).value();
    }

    private static SourceBinding git(SourceBinding.Kind kind, String locator, String ref) {
        return new SourceBinding(kind, locator, null, null, ref, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void anEngineWithSourceRootsRefusesLocalSourcesOutsideThemBeforeAnythingRuns() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("allowed/site/public"));
        java.nio.file.Files.writeString(tmp.resolve("allowed/site/public/index.html"), "hi");
        try (AppaloftEngine guarded = AppaloftEngine.builder().store(new MemoryStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .workDirectory(tmp.resolve("work2")).sourceRoots(java.util.List.of(tmp.resolve("allowed"))).build()) {
            Appaloft.Session s = guarded.system();
            String p = s.projects().create(CreateProjectInput.named("guarded")).id();
            String e = s.environments().create(new CreateEnvironmentInput(p, "production", EnvironmentKind.PRODUCTION,
                    null)).id();
            String srv = s.servers().create(CreateServerInput.localShell("this host")).id();
            String inside = s.resources().create(new CreateResourceInput(p, e, null, "inside", null, null, null,
                    SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, tmp.resolve("allowed/site").toString()), null,
                    NetworkProfile.port(8080))).id();
            String outside = s.resources().create(new CreateResourceInput(p, e, null, "outside", null, null, null,
                    SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, "/etc"), null, NetworkProfile.port(8080))).id();

            String ok = s.deployments().create(new CreateDeploymentInput(p, srv, null, e, inside, null)).id();
            assertThat(s.deployments().show(ok).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
            dev.appaloft.core.Failures.assertFails(() -> s.deployments().create(new CreateDeploymentInput(p, srv, null, e,
                    outside, null)), dev.appaloft.api.error.ErrorCode.VALIDATION_ERROR);
            assertThat(s.deployments().count(new dev.appaloft.api.deployments.CountDeploymentsInput(null, outside, null,
                    null, null)).count()).as("nothing was stored").isZero();
            assertThat(s.deployments().plan(dev.appaloft.api.deployments.PlanDeploymentInput.of(p, e, outside, srv))
                    .readiness().reasonCodes()).contains("missing-source-root");
        }
    }

    @Test
    void aLocalGitRepositoryIsClonedAndItsCommitRecordedShownAndItsCheckoutRemoved() {
        String sha;
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            sha = repo.commit("app", Map.of("Dockerfile", "FROM local/busybox:1\n", "www/index.html", "one"));
        }
        DeploymentDetail shown = deploy(resource("web", git(SourceBinding.Kind.LOCAL_GIT,
                tmp.resolve("repo").toString(), null), null));

        assertThat(shown.status().current()).as(shown.toString()).isEqualTo(DeploymentStatus.SUCCEEDED);
        DeploymentView d = shown.deployment();
        assertThat(d.sourceCommitSha()).isEqualTo(sha);
        assertThat(d.runtimePlan().buildStrategy()).isEqualTo("dockerfile");
        assertThat(d.runtimePlan().source().inspection().detectedFiles()).containsExactly("dockerfile");
        assertThat(d.runtimePlan().execution().workingDirectory()).startsWith(tmp.resolve("work").toString());
        assertThat(d.runtimePlan().detectSummary()).contains("local-git").contains(sha.substring(0, 12));
        assertThat(runtime.builds.get(0).files()).containsExactlyInAnyOrder("Dockerfile", "www/index.html");
        assertThat(appaloft.deployments().logs(d.id()).logs()).anySatisfy(line -> {
            assertThat(line.phase()).isEqualTo(DeploymentPhase.DETECT);
            assertThat(line.message()).contains("checked out commit " + sha);
        });
        assertThat(tmp.resolve("work").resolve(d.id())).as("the checkout is removed").doesNotExist();
    }

    @Test
    void aStaticSiteIsDetectedAndBuiltOnTheConfiguredServerImage() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("public/index.html"), "<h1>hi</h1>");
        DeploymentDetail shown = deploy(resource("site", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER,
                site.toString()), null));

        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("static-artifact");
        assertThat(shown.deployment().runtimePlan().source().inspection().applicationShape()).isEqualTo("static");
        FakeRuntime.Build build = runtime.builds.get(0);
        assertThat(build.dockerfile()).startsWith("FROM local/static:2\n").contains("\"-p\",\"8080\"");
        assertThat(build.files()).containsExactlyInAnyOrder("Dockerfile", "site/index.html");
    }

    @Test
    void workspaceCommandsRunOnTheConfiguredWorkspaceImage() throws Exception {
        Path app = tmp.resolve("app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("app.sh"), "echo hi");
        DeploymentDetail shown = deploy(resource("worker", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER,
                app.toString()), new RuntimeProfile(RuntimeProfile.Strategy.WORKSPACE_COMMANDS, "echo install",
                "echo build", "sh app.sh", null, null, null, null, null, null, null)));

        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(shown.deployment().runtimePlan().execution().startCommand()).isEqualTo("sh app.sh");
        assertThat(shown.deployment().runtimePlan().execution().installCommand()).isEqualTo("echo install");
        assertThat(runtime.builds.get(0).dockerfile()).startsWith("FROM local/workspace:3\n")
                .contains("RUN [\"sh\",\"-c\",\"echo build\"]");
        assertThat(app.resolve("Dockerfile.appaloft")).as("the user's folder is not written to").doesNotExist();
    }

    @Test
    void aSourceThatCannotBeReadFailsInTheDetectPhaseWithAStableCode() {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.commit("app", Map.of("Dockerfile", "FROM x"));
        }
        DeploymentDetail wrongRef = deploy(resource("web", git(SourceBinding.Kind.REMOTE_GIT,
                tmp.resolve("repo").toUri().toString(), "release"), null));
        assertThat(wrongRef.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(wrongRef.latestFailure().phase()).isEqualTo(DeploymentPhase.DETECT);
        assertThat(wrongRef.latestFailure().message()).startsWith("source_ref_not_found: ").contains("release");
        assertThat(stored(wrongRef.deployment().id()).failure().retryable()).isFalse();

        Path empty = tmp.resolve("empty");
        empty.toFile().mkdirs();
        DeploymentDetail nothing = deploy(resource("empty", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER,
                empty.toString()), null));
        assertThat(nothing.latestFailure().message()).startsWith("strategy_not_detected: ");

        DeploymentDetail corrupt = deploy(resource("zip", SourceBinding.of(SourceBinding.Kind.ZIP_ARTIFACT,
                tmp.resolve("missing.zip").toString()), null));
        assertThat(corrupt.latestFailure().message()).startsWith("source_unavailable: ");
        assertThat(runtime.builds).isEmpty();
        assertThat(tmp.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aRetryBuildsTheCommitTheFailedAttemptResolvedEvenAfterTheBranchMoved() {
        String first;
        GitRepos repo = GitRepos.init(tmp.resolve("repo"));
        first = repo.commit("one", Map.of("Dockerfile", "FROM local/busybox:1\n", "v.txt", "one"));
        String web = resource("web", git(SourceBinding.Kind.REMOTE_GIT, tmp.resolve("repo").toUri().toString(), "main"),
                null);
        runtime.prepareFailure = FakeRuntime.pullFailure();
        DeploymentDetail failed = deploy(web);
        assertThat(failed.deployment().sourceCommitSha()).isEqualTo(first);

        runtime.prepareFailure = null;
        repo.commit("two", Map.of("v.txt", "two"));
        repo.close();
        String retried = appaloft.deployments().retry(new RetryDeploymentInput(failed.deployment().id(), null, null)).id();
        DeploymentDetail retry = appaloft.deployments().show(retried);
        assertThat(retry.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(retry.deployment().sourceCommitSha()).isEqualTo(first);

        DeploymentDetail fresh = deploy(web);
        assertThat(fresh.deployment().sourceCommitSha()).isNotEqualTo(first);
    }

    @Test
    void onlyTheImagesOfTheLastFiveSuccessfulDeploymentsAreKeptAndOlderRollbacksFailClearly() throws Exception {
        Path app = tmp.resolve("app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("Dockerfile"), "FROM local/busybox:1\n");
        String web = resource("web", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()), null);
        List<DeploymentDetail> deployments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            deployments.add(deploy(web));
            Thread.sleep(2); // distinct image tags (they carry the admission's millisecond)
        }
        List<String> images = deployments.stream().map(d -> d.deployment().runtimePlan().runtimeArtifact().image())
                .toList();
        assertThat(runtime.images.keySet()).containsExactlyInAnyOrderElementsOf(images.subList(2, 7));

        String latest = deployments.get(6).deployment().id();
        String tooOld = appaloft.deployments().rollback(new RollbackDeploymentInput(latest,
                deployments.get(0).deployment().id(), web, null)).id();
        DeploymentDetail refused = appaloft.deployments().show(tooOld);
        assertThat(refused.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(refused.latestFailure().phase()).isEqualTo(DeploymentPhase.DETECT);
        assertThat(refused.latestFailure().message()).startsWith("rollback_image_removed: ");

        String back = appaloft.deployments().rollback(new RollbackDeploymentInput(latest,
                deployments.get(3).deployment().id(), web, null)).id();
        DeploymentDetail rolledBack = appaloft.deployments().show(back);
        assertThat(rolledBack.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(rolledBack.deployment().runtimePlan().runtimeArtifact().image()).isEqualTo(images.get(3));
        assertThat(runtime.images).containsKey(images.get(3));
    }
}

package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.sources.GitRepos;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every source kind and build strategy deployed through the facade to the real Docker engine
 * (base image local/busybox:1, no registry): each app is built, started, verified and then
 * answers over HTTP with what its source says.
 */
class DockerSourcesIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final String HTTPD = "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n";

    @TempDir static Path dir;
    static AppaloftEngine engine;
    static Appaloft.Session appaloft;
    static String project;
    static String env;
    static String server;
    static final List<String> resources = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        BaseImages.ensureBusybox(docker.engine());
        engine = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                .workDirectory(dir.resolve("work"))
                .build();
        appaloft = engine.system();
        project = appaloft.projects().create(CreateProjectInput.named("src-" + docker.runId())).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
    }

    @AfterAll
    static void stop() {
        try {
            for (String resource : resources) {
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", resource))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", resource))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        } finally {
            engine.close();
        }
    }

    /** Creates the resource, deploys it, and returns the deployment once it answered (or failed). */
    private DeploymentDetail deploy(String name, SourceBinding source, RuntimeProfile profile) {
        String resource = appaloft.resources().create(new CreateResourceInput(project, env, null,
                name + "-" + docker.runId(), null, null, null, source, profile, NetworkProfile.port(8080))).id();
        resources.add(resource);
        String id = appaloft.deployments().create(new CreateDeploymentInput(project, server, null, env, resource, null)).id();
        DeploymentDetail shown = appaloft.deployments().show(id);
        assertThat(shown.status().current()).as(appaloft.deployments().logs(id).logs().toString())
                .isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(dir.resolve("work").resolve(id)).as("the work folder is removed").doesNotExist();
        return shown;
    }

    private String get(DeploymentDetail deployment, String path) throws Exception {
        Deployment stored = engine.store().read(r -> DeploymentRepository.require(r, null, deployment.deployment().id()))
                .value();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stored.url() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().strip();
    }

    private static Path write(Path root, Map<String, String> files) throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(root.resolve(file.getKey()).getParent());
            Files.writeString(root.resolve(file.getKey()), file.getValue());
        }
        return root;
    }

    private static SourceBinding git(SourceBinding.Kind kind, String locator, String ref) {
        return new SourceBinding(kind, locator, null, null, ref, null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void aLocalGitRepositoryWithADockerfileAnswersAndShowsItsCommit() throws Exception {
        String sha;
        try (GitRepos repo = GitRepos.init(dir.resolve("local-git"))) {
            sha = repo.commit("app", Map.of("Dockerfile", "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n" + HTTPD,
                    "www/index.html", "from local git"));
        }
        // what is committed is deployed, not what the working tree holds
        Files.writeString(dir.resolve("local-git/www/index.html"), "not committed");
        DeploymentDetail shown = deploy("lgit", git(SourceBinding.Kind.LOCAL_GIT, dir.resolve("local-git").toString(),
                null), null);
        assertThat(shown.deployment().sourceCommitSha()).isEqualTo(sha);
        assertThat(get(shown, "/")).isEqualTo("from local git");
    }

    @Test
    void aRemoteGitUrlIsClonedAtItsBranch() throws Exception {
        String sha;
        try (GitRepos repo = GitRepos.init(dir.resolve("remote-git"))) {
            repo.commit("main", Map.of("Dockerfile", "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n" + HTTPD,
                    "www/index.html", "main branch"));
            repo.branch("release");
            sha = repo.commit("release", Map.of("www/index.html", "release branch"));
            repo.checkout("main");
        }
        DeploymentDetail shown = deploy("rgit", git(SourceBinding.Kind.REMOTE_GIT,
                dir.resolve("remote-git").toUri().toString(), "release"), null);
        assertThat(shown.deployment().sourceCommitSha()).isEqualTo(sha);
        assertThat(get(shown, "/")).isEqualTo("release branch");
    }

    @Test
    void aZipArtifactIsExtractedAndBuilt() throws Exception {
        Path zip = dir.resolve("app.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : Map.of(
                    "app-1.0/Dockerfile", "FROM " + BaseImages.BUSYBOX + "\nCOPY www /www\n" + HTTPD,
                    "app-1.0/www/index.html", "from a zip").entrySet()) {
                entries.putNextEntry(new ZipEntry(e.getKey()));
                entries.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        DeploymentDetail shown = deploy("zip", SourceBinding.of(SourceBinding.Kind.ZIP_ARTIFACT, zip.toString()), null);
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("dockerfile");
        assertThat(get(shown, "/")).isEqualTo("from a zip");
    }

    @Test
    void anInlineDockerfileIsBuiltOnItsOwn() throws Exception {
        SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "inline", null, null, null, null,
                null, null, null, null, null, null, null, null, Map.of("content", "FROM " + BaseImages.BUSYBOX
                + "\nRUN mkdir -p /www && echo from an inline Dockerfile > /www/index.html\n" + HTTPD));
        assertThat(get(deploy("inline", inline, null), "/")).isEqualTo("from an inline Dockerfile");
    }

    @Test
    void aStaticSiteIsDetectedAndServed() throws Exception {
        Path site = write(dir.resolve("site"), Map.of("public/index.html", "a static site",
                "public/about/index.html", "about", "notes.txt", "not published"));
        DeploymentDetail shown = deploy("static", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, site.toString()),
                null);
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("static-artifact");
        assertThat(get(shown, "/")).isEqualTo("a static site");
        assertThat(get(shown, "/about/")).isEqualTo("about");
    }

    @Test
    void workspaceCommandsInstallBuildAndStartTheApp() throws Exception {
        Path app = write(dir.resolve("workspace"), Map.of("README", "a workspace"));
        DeploymentDetail shown = deploy("ws", SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString()),
                new RuntimeProfile(RuntimeProfile.Strategy.WORKSPACE_COMMANDS, "echo installed > installed.txt",
                        "mkdir -p site && echo \"built after $(cat installed.txt)\" > site/index.html",
                        "httpd -f -p $PORT -h /workspace/site", null, null, null, null, null, null, null));
        assertThat(shown.deployment().runtimePlan().buildStrategy()).isEqualTo("workspace-commands");
        assertThat(get(shown, "/")).isEqualTo("built after installed");
        assertThat(appaloft.deployments().logs(shown.deployment().id()).logs())
                .anySatisfy(line -> assertThat(line.message()).contains("RUN [\"sh\",\"-c\",\"echo installed"));
    }
}

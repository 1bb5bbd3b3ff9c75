package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a source end to end: materialize, apply the base directory, detect, generate, clean up. */
class SourcePreparerTest {

    @TempDir Path tmp;
    final RecordingLog log = new RecordingLog();

    private SourcePreparer preparer() {
        return new SourcePreparer(new SourceSettings(tmp.resolve("work"), "local/static:1", "local/workspace:1"));
    }

    private static SourceBinding inFolder(SourceBinding.Kind kind, String locator, String baseDirectory) {
        return new SourceBinding(kind, locator, null, null, null, null, baseDirectory, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void aLocalFolderWithADockerfileIsBuiltInPlaceFromItsBaseDirectory() throws Exception {
        Path app = tmp.resolve("monorepo/apps/web");
        Files.createDirectories(app);
        Files.writeString(app.resolve("Dockerfile"), "FROM local/busybox:1\n");
        SourceResolution found = preparer().prepare("dep_1", inFolder(SourceBinding.Kind.LOCAL_FOLDER,
                tmp.resolve("monorepo").toString(), "apps/web"), null, 8080, log);

        assertThat(found.buildStrategy()).isEqualTo("dockerfile");
        assertThat(found.contextDirectory()).isEqualTo(app.toRealPath().toString());
        assertThat(found.dockerfilePath()).isEqualTo("Dockerfile");
        assertThat(found.commitSha()).isNull();
        assertThat(found.summary()).contains("Dockerfile build").contains("local-folder");
        assertThat(log.toString()).contains("strategy dockerfile (a Dockerfile)");
    }

    @Test
    void aGitCheckoutWithAStaticSiteGetsItsGeneratedContextAndBothAreRemovedAtTheEnd() throws Exception {
        String sha;
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            sha = repo.commit("site", Map.of("site/public/index.html", "<h1>hello</h1>"));
        }
        SourcePreparer preparer = preparer();
        SourceResolution found = preparer.prepare("dep_2", inFolder(SourceBinding.Kind.LOCAL_GIT,
                tmp.resolve("repo").toString(), "site"), null, 8080, log);

        assertThat(found.buildStrategy()).isEqualTo("static-artifact");
        assertThat(found.commitSha()).isEqualTo(sha);
        assertThat(found.publishDirectory()).isEqualTo("public");
        assertThat(found.applicationShape()).isEqualTo("static");
        Path context = Path.of(found.contextDirectory());
        assertThat(context).startsWith(tmp.resolve("work/dep_2"));
        assertThat(Files.readString(context.resolve("Dockerfile"))).startsWith("FROM local/static:1\n");
        assertThat(Files.readString(context.resolve("site/index.html"))).isEqualTo("<h1>hello</h1>");

        preparer.discard("dep_2");
        assertThat(tmp.resolve("work/dep_2")).doesNotExist();
        assertThat(tmp.resolve("repo/site/public/index.html")).exists();
    }

    @Test
    void aBaseDirectoryMissingFromTheSourceFailsTheDetectPhase() throws Exception {
        Files.createDirectories(tmp.resolve("app"));
        assertThatThrownBy(() -> preparer().prepare("dep_3", inFolder(SourceBinding.Kind.LOCAL_FOLDER,
                tmp.resolve("app").toString(), "web"), null, 8080, log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_PATH_INVALID);
                    assertThat(e.getMessage()).contains("baseDirectory web");
                });
        assertThatThrownBy(() -> preparer().prepare("dep_4", inFolder(SourceBinding.Kind.LOCAL_FOLDER,
                tmp.resolve("gone").toString(), null), null, 8080, log))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_UNAVAILABLE));
    }

    @Test
    void anInlineDockerfileIsTheOnlyFileOfItsContext() throws Exception {
        SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKERFILE_INLINE, "web", null, null, null, null,
                null, null, null, null, null, null, null, null, Map.of("content", "FROM local/busybox:1\nCMD [\"sh\"]"));
        SourceResolution found = preparer().prepare("dep_5", inline, null, 8080, log);
        assertThat(found.buildStrategy()).isEqualTo("dockerfile");
        assertThat(Files.readString(Path.of(found.contextDirectory()).resolve("Dockerfile")))
                .isEqualTo("FROM local/busybox:1\nCMD [\"sh\"]\n");
    }
}

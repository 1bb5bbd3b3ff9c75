package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.deployments.compose.ComposeFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose stacks read from their sources: the file found, validated, and its routed service resolved. */
class ComposeSourcesTest {

    @TempDir Path tmp;
    final RecordingLog log = new RecordingLog();
    static final String TWO = "services:\n  web:\n    build: ./web\n  cache:\n    image: redis:7-alpine\n";

    private SourcePreparer preparer() {
        return new SourcePreparer(new SourceSettings(tmp.resolve("work"), "local/static:1", "local/workspace:1"));
    }

    private static RuntimeProfile compose(String file) {
        return new RuntimeProfile(RuntimeProfile.Strategy.DOCKER_COMPOSE, null, null, null, null, null, null, file, null,
                null, null);
    }

    @Test
    void anInlineComposeFileIsWrittenIntoAFreshProjectFolder() throws Exception {
        SourceBinding inline = new SourceBinding(SourceBinding.Kind.DOCKER_COMPOSE_INLINE, "stack", null, null, null, null,
                null, null, null, null, null, null, null, null, Map.of("content", "services:\n  web:\n    image: a\n"));
        SourceResolution found = preparer().prepare("dep_1", inline, null, 8080, null, log);
        assertThat(found.buildStrategy()).isEqualTo("compose-deploy");
        assertThat(found.composeTarget()).isEqualTo("web");
        assertThat(found.dockerfilePath()).isEqualTo("docker-compose.yml");
        assertThat(Files.readString(Path.of(found.contextDirectory()).resolve("docker-compose.yml")))
                .isEqualTo("services:\n  web:\n    image: a\n");
        assertThat(found.contextDirectory()).startsWith(tmp.resolve("work").toString());
    }

    @Test
    void aFolderFindsItsFileByTheProfileOrByTheNamesComposeLooksFor() throws Exception {
        Path app = tmp.resolve("shop");
        Files.createDirectories(app.resolve("deploy"));
        Files.writeString(app.resolve("deploy/stack.yml"), TWO);
        SourceBinding folder = SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString());
        SourceResolution named = preparer().prepare("dep_2", folder, compose("deploy/stack.yml"), 8080, "cache", log);
        assertThat(named.contextDirectory()).as("relative paths resolve from the file's folder")
                .isEqualTo(app.resolve("deploy").toRealPath().toString());
        assertThat(named.dockerfilePath()).isEqualTo("stack.yml");
        assertThat(named.composeTarget()).isEqualTo("cache");
        assertThat(log.toString()).contains("declares 2 services (web, cache)");

        Files.writeString(app.resolve("compose.yaml"), TWO);
        SourceResolution found = preparer().prepare("dep_3", folder, compose(null), 8080, "web", log);
        assertThat(found.dockerfilePath()).isEqualTo("compose.yaml");
        assertThat(found.contextDirectory()).isEqualTo(app.toRealPath().toString());
    }

    @Test
    void aComposeSourceMayNameTheFileItself() throws Exception {
        Files.writeString(tmp.resolve("prod.yml"), TWO);
        SourceResolution found = preparer().prepare("dep_4", SourceBinding.of(SourceBinding.Kind.COMPOSE,
                tmp.resolve("prod.yml").toString()), null, 8080, "web", log);
        assertThat(found.dockerfilePath()).isEqualTo("prod.yml");
        assertThat(found.contextDirectory()).isEqualTo(tmp.toRealPath().toString());
    }

    @Test
    void aMissingFileAMalformedOneAndAnUnknownTargetFailNamingWhatIsWrong() throws Exception {
        Path app = tmp.resolve("app");
        Files.createDirectories(app);
        SourceBinding folder = SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, app.toString());
        assertThatThrownBy(() -> preparer().prepare("dep_5", folder, compose(null), 8080, null, log))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code()).isEqualTo(SourceErrors.STRATEGY_NOT_DETECTED));
        Files.writeString(app.resolve("docker-compose.yml"), "services:\n  web:\n  image: a\n");
        assertThatThrownBy(() -> preparer().prepare("dep_6", folder, compose(null), 8080, null, log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ComposeFile.COMPOSE_FILE_INVALID);
                    assertThat(e.getMessage()).startsWith("line 2:");
                });
        Files.writeString(app.resolve("docker-compose.yml"), TWO);
        assertThatThrownBy(() -> preparer().prepare("dep_7", folder, compose(null), 8080, "api", log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.getMessage()).contains("no service 'api'");
                });
        assertThatThrownBy(() -> preparer().prepare("dep_8", folder, compose("../../etc/passwd"), 8080, "web", log))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_PATH_INVALID));
    }
}

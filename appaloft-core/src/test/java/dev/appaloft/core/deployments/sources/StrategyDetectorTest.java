package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.RuntimeProfile.Strategy;
import dev.appaloft.api.resources.SourceBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyDetectorTest {

    @TempDir Path root;

    private void files(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(root.resolve(f.getKey()).getParent());
            Files.writeString(root.resolve(f.getKey()), f.getValue());
        }
    }

    private Detection auto() {
        return StrategyDetector.detect(SourceBinding.Kind.LOCAL_FOLDER, root, null);
    }

    private static RuntimeProfile profile(Strategy strategy, String install, String build, String start, String publish,
                                          String dockerfile) {
        return new RuntimeProfile(strategy, install, build, start, null, publish, dockerfile, null, null, null, null);
    }

    @Test
    void aDockerfileWinsOverEverythingTheFilesSay() throws Exception {
        files(Map.of("Dockerfile", "FROM x", "public/index.html", "<h1>", "package.json", "{}"));
        Detection d = auto();
        assertThat(d.strategy()).isEqualTo(Strategy.DOCKERFILE);
        assertThat(d.dockerfilePath()).isEqualTo("Dockerfile");
        assertThat(d.detectedFiles()).containsExactly("dockerfile", "package-json");
    }

    @Test
    void aPublicIndexIsAStaticSite() throws Exception {
        files(Map.of("public/index.html", "<h1>", "README.md", "docs"));
        Detection d = auto();
        assertThat(d.strategy()).isEqualTo(Strategy.STATIC);
        assertThat(d.publishDirectory()).isEqualTo("public");
        assertThat(d.runtimeFamily()).isEqualTo("static");
    }

    @Test
    void aNodeProjectSuppliesItsCommandsFromPackageJsonAndItsLockFile() throws Exception {
        files(Map.of("package.json", "{\"scripts\":{\"build\":\"vite build\",\"start\":\"node server.js\"}}",
                "yarn.lock", ""));
        Detection d = auto();
        assertThat(d.strategy()).isEqualTo(Strategy.WORKSPACE_COMMANDS);
        assertThat(d.runtimeFamily()).isEqualTo("node");
        assertThat(d.packageManager()).isEqualTo("yarn");
        assertThat(d.installCommand()).isEqualTo("yarn install --frozen-lockfile");
        assertThat(d.buildCommand()).isEqualTo("yarn run build");
        assertThat(d.startCommand()).isEqualTo("yarn run start");
        assertThat(d.detectedScripts()).containsExactly("build", "start");
    }

    @Test
    void theProfilesHintsComeBeforeTheFiles() throws Exception {
        files(Map.of("Dockerfile", "FROM x", "docker/Prod.Dockerfile", "FROM y", "site/index.html", "<h1>"));
        assertThat(StrategyDetector.detect(SourceBinding.Kind.LOCAL_GIT, root,
                profile(Strategy.AUTO, null, null, null, "site", null)).strategy()).isEqualTo(Strategy.STATIC);
        Detection start = StrategyDetector.detect(SourceBinding.Kind.LOCAL_GIT, root,
                profile(Strategy.AUTO, "echo hi", null, "httpd -f", null, null));
        assertThat(start.strategy()).isEqualTo(Strategy.WORKSPACE_COMMANDS);
        assertThat(start.installCommand()).isEqualTo("echo hi");
        assertThat(StrategyDetector.detect(SourceBinding.Kind.LOCAL_GIT, root,
                profile(Strategy.AUTO, null, null, null, null, "docker/Prod.Dockerfile")).dockerfilePath())
                .isEqualTo("docker/Prod.Dockerfile");
    }

    @Test
    void anExplicitStrategyIsCheckedAgainstTheFiles() throws Exception {
        files(Map.of("index.html", "<h1>"));
        fails(() -> StrategyDetector.detect(SourceBinding.Kind.LOCAL_FOLDER, root,
                profile(Strategy.DOCKERFILE, null, null, null, null, null)), SourceErrors.SOURCE_PATH_INVALID,
                "no Dockerfile");
        fails(() -> StrategyDetector.detect(SourceBinding.Kind.LOCAL_FOLDER, root,
                profile(Strategy.WORKSPACE_COMMANDS, null, null, null, null, null)), SourceErrors.STRATEGY_NOT_DETECTED,
                "start command");
        assertThat(StrategyDetector.detect(SourceBinding.Kind.LOCAL_FOLDER, root,
                profile(Strategy.STATIC, null, null, null, ".", null)).publishDirectory()).isEqualTo(".");
    }

    @Test
    void aManifestWithoutAStartCommandOrNothingAtAllIsNotGuessed() throws Exception {
        fails(this::auto, SourceErrors.STRATEGY_NOT_DETECTED, "no Dockerfile, no public/index.html");
        files(Map.of("go.mod", "module shop"));
        fails(this::auto, SourceErrors.STRATEGY_NOT_DETECTED, "found go.mod (go) but no start command");
    }

    @Test
    void aDockerfileLinkedOutOfTheSourceIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", "Dockerfile");
        try {
            Files.createSymbolicLink(root.resolve("Dockerfile"), outside);
            fails(this::auto, SourceErrors.SOURCE_PATH_INVALID, "outside the source");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static void fails(Runnable detection, dev.appaloft.api.error.ErrorCode code, String message) {
        assertThatThrownBy(detection::run).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }
}

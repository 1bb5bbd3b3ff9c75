package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.resources.RuntimeProfile.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated Dockerfiles of the static and workspace-commands strategies, and what their contexts hold. */
class BuildContextsTest {

    @TempDir Path tmp;

    private Path source() throws IOException {
        Path root = tmp.resolve("app");
        Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("public/index.html"), "<h1>hi</h1>");
        Files.writeString(root.resolve("secret-notes.txt"), "not for the image");
        return root;
    }

    private static Detection detection(Strategy strategy, String publish, String install, String build, String start) {
        return new Detection(strategy, "test", null, null, List.of(), List.of(), null, publish, install, build, start);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aStaticSiteShipsOnlyItsPublishFolderServedByHttpdOnThePort() throws Exception {
        Path root = source();
        BuildContext ctx = StaticSiteContext.generate(new Workspace(root, false, null),
                detection(Strategy.STATIC, "public", null, null, null), "local/busybox:1", "ignored", 8080,
                tmp.resolve("work"));
        assertThat(files(ctx.directory())).containsExactly("Dockerfile", "site/index.html");
        assertThat(Files.readAllLines(ctx.directory().resolve(ctx.dockerfile()))).containsExactly(
                "FROM local/busybox:1",
                "COPY [\"site/\",\"/www/\"]",
                "EXPOSE 8080",
                "CMD [\"httpd\",\"-f\",\"-p\",\"8080\",\"-h\",\"/www\"]");
        assertThat(files(root)).as("the user's folder is not written to")
                .containsExactly("public/index.html", "secret-notes.txt");
    }

    @Test
    void aStaticSiteWithABuildIsBuiltOnTheWorkspaceImageAndOnlyItsOutputShipped() throws Exception {
        Path root = source();
        BuildContext ctx = StaticSiteContext.generate(new Workspace(root, true, null),
                detection(Strategy.STATIC, "dist/", "npm ci", "npm run build", null), "local/busybox:1", "node:20", 3000,
                tmp.resolve("work"));
        assertThat(ctx.directory()).isEqualTo(root);
        assertThat(Files.readAllLines(root.resolve(ctx.dockerfile()))).containsExactly(
                "FROM node:20 AS build",
                "WORKDIR /workspace",
                "COPY . /workspace",
                "RUN [\"sh\",\"-c\",\"npm ci\"]",
                "RUN [\"sh\",\"-c\",\"npm run build\"]",
                "FROM local/busybox:1",
                "COPY --from=build [\"/workspace/dist/\",\"/www/\"]",
                "EXPOSE 3000",
                "CMD [\"httpd\",\"-f\",\"-p\",\"3000\",\"-h\",\"/www\"]");
    }

    @Test
    void workspaceCommandsRunAtBuildTimeAndTheStartCommandBecomesTheContainersCommand() throws Exception {
        Path root = source();
        BuildContext ctx = WorkspaceCommandsContext.generate(new Workspace(root, false, null),
                detection(Strategy.WORKSPACE_COMMANDS, null, "echo \"installed\" > ok.txt", null,
                        "httpd -f -p $PORT -h /workspace/public"), "local/busybox:1", 8080, tmp.resolve("work"));
        assertThat(ctx.directory()).isEqualTo(tmp.resolve("work/context"));
        assertThat(files(ctx.directory())).containsExactly("Dockerfile.appaloft", "public/index.html",
                "secret-notes.txt");
        assertThat(Files.readAllLines(ctx.directory().resolve(ctx.dockerfile()))).containsExactly(
                "FROM local/busybox:1",
                "WORKDIR /workspace",
                "COPY . /workspace",
                "ENV PORT=8080",
                "RUN [\"sh\",\"-c\",\"echo \\\"installed\\\" > ok.txt\"]",
                "EXPOSE 8080",
                "CMD [\"sh\",\"-c\",\"exec httpd -f -p $PORT -h /workspace/public\"]");
        assertThat(files(root)).doesNotContain("Dockerfile.appaloft");
    }

    @Test
    void aSimpleStartCommandIsExecdSoTheAppReceivesTheStopSignal() {
        assertThat(Dockerfiles.start("node server.js")).isEqualTo("[\"sh\",\"-c\",\"exec node server.js\"]");
        assertThat(Dockerfiles.start("npm run migrate && node server.js"))
                .isEqualTo("[\"sh\",\"-c\",\"npm run migrate && node server.js\"]");
        assertThat(Dockerfiles.start("exec ./run\nmore")).doesNotContain("exec exec");
    }
}

package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootsTest {

    @TempDir Path dir;

    @Test
    void hostPathsOutsideTheRootsAreRefusedOnTheLocatorField() throws Exception {
        Path allowed = Files.createDirectories(dir.resolve("sources/site"));
        SourceRoots roots = new SourceRoots(List.of(dir.resolve("sources")));

        assertThatCode(() -> roots.check(SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, allowed.toString())))
                .doesNotThrowAnyException();
        for (SourceBinding outside : List.of(
                SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, "/etc"),
                SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, allowed + "/../../../etc"),
                SourceBinding.of(SourceBinding.Kind.LOCAL_GIT, "/srv/repo"),
                SourceBinding.of(SourceBinding.Kind.ZIP_ARTIFACT, "/tmp/app.zip"),
                SourceBinding.of(SourceBinding.Kind.REMOTE_GIT, "file:///srv/repo.git"))) {
            assertThatThrownBy(() -> roots.check(outside)).as(outside.locator())
                    .isInstanceOfSatisfying(AppaloftException.class, e -> {
                        assertThat(e.code().code()).isEqualTo("validation_error");
                        assertThat(e.issues()).extracting(i -> String.join(".", i.path().stream().map(String::valueOf).toList()))
                                .containsExactly("source.locator");
                    });
        }
        // sources that name no host path are not this check's business
        assertThatCode(() -> roots.check(SourceBinding.of(SourceBinding.Kind.GIT_PUBLIC, "https://example.com/a.git")))
                .doesNotThrowAnyException();
        assertThatCode(() -> roots.check(SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "nginx:1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SourceRoots.UNRESTRICTED.check(SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, "/etc")))
                .doesNotThrowAnyException();
    }

    @Test
    void aLinkInsideARootCannotLeadOutside() throws Exception {
        Path root = Files.createDirectories(dir.resolve("sources"));
        Path link = Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
        SourceRoots roots = new SourceRoots(List.of(root));
        assertThatThrownBy(() -> roots.check(SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, link.toString())))
                .isInstanceOf(AppaloftException.class);
    }
}

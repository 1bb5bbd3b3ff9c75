package dev.appaloft.core.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The database images tests use, built offline by the project's scripts (no registry is reachable
 * here); each script is idempotent, so a test class calls it before it starts.
 */
final class OfflineImages {

    private OfflineImages() {
    }

    /** Runs {@code scripts/<script>} of the project (e.g. build-postgres-image.sh); fails the test if it fails. */
    static void build(String script) throws Exception {
        Path path = Path.of("").toAbsolutePath().getParent().resolve("scripts").resolve(script);
        Process build = new ProcessBuilder("bash", path.toString()).inheritIO().start();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        assertThat(build.exitValue()).as(script).isZero();
    }
}

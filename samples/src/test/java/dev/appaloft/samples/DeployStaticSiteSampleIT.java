package dev.appaloft.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding sample, run as a user runs it: the packaged jar against the real Docker engine. */
class DeployStaticSiteSampleIT {

    @TempDir Path dir;

    @Test
    void theSampleDeploysTheStaticSitePrintsItsEventsAndUrlAndTheSiteAnswers() throws Exception {
        Path output = dir.resolve("sample.out");
        Process sample = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "samples.jar").toString(), DeployStaticSiteSample.class.getName(),
                Path.of("static-site").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        sample.getOutputStream().close(); // not a terminal: the sample cleans up and ends on its own
        assertThat(sample.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output);
        assertThat(sample.exitValue()).as(printed).isZero();
        assertThat(printed).contains("deployment-requested", "build-requested", "deployment-succeeded",
                "(stream closed: completed)");
        assertThat(printed).containsPattern("the site answers at http://\\S+");
        assertThat(printed).contains("200 OK").contains("Hello from Appaloft");
    }
}

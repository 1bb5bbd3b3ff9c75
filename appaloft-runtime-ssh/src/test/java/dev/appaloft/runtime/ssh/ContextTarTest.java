package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build context streamed as tar is what the system's tar (and so docker) reads back. */
class ContextTarTest {

    @TempDir Path dir;

    @Test
    void filesFoldersAndLinksArriveAsTheyAre() throws Exception {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
        Files.createDirectories(context.resolve("src/deep"));
        Files.writeString(context.resolve("src/deep/" + "x".repeat(120) + ".txt"), "long name");
        Files.createSymbolicLink(context.resolve("link"), Path.of("Dockerfile"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(context, out);
        // docker tells a tar from a Dockerfile by the first 512 bytes: they must be a plain header
        assertThat((char) out.toByteArray()[156]).as("type of the first entry").isEqualTo('5');
        Path extracted = Files.createDirectories(dir.resolve("out"));
        Process tar = new ProcessBuilder("tar", "-x", "-C", extracted.toString(), "-f", "-").redirectErrorStream(true).start();
        tar.getOutputStream().write(out.toByteArray());
        tar.getOutputStream().close();
        String output = new String(tar.getInputStream().readAllBytes());
        assertThat(tar.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(output).isZero();
        assertThat(Files.readString(extracted.resolve("Dockerfile"))).isEqualTo("FROM scratch\n");
        assertThat(Files.readString(extracted.resolve("src/deep/" + "x".repeat(120) + ".txt"))).isEqualTo("long name");
        assertThat(Files.readSymbolicLink(extracted.resolve("link"))).isEqualTo(Path.of("Dockerfile"));
    }
}

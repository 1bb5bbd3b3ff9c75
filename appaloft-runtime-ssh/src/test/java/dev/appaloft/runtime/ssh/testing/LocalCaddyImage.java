package dev.appaloft.runtime.ssh.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Caddy image built offline (no registry here): this machine's caddy binary and the shared
 * libraries it links, on an empty base, with the official image's data and config folders.
 * Tests tag it with a name of their own, so it never stands in for {@code caddy:2-alpine}
 * elsewhere, and remove it when done.
 */
public final class LocalCaddyImage {

    private LocalCaddyImage() {
    }

    public static void build(String tag, Path context) throws IOException, InterruptedException {
        Path binary = Path.of(run(List.of("sh", "-c", "command -v caddy")).trim()).toRealPath();
        List<Path> files = new ArrayList<>(List.of(binary));
        for (String line : run(List.of("ldd", binary.toString())).split("\n")) {
            String[] parts = line.trim().split("\\s+");
            for (String part : parts) {
                if (part.startsWith("/")) {
                    files.add(Path.of(part));
                }
            }
        }
        for (Path file : files) {
            Path target = context.resolve("root" + file.toRealPath());
            Files.createDirectories(target.getParent());
            Files.copy(file.toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
            if (!file.toRealPath().equals(file)) { // the loader's path as programs name it
                Path link = context.resolve("root" + file);
                Files.createDirectories(link.getParent());
                Files.copy(file.toRealPath(), link, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(context.resolve("root/usr/bin"));
        if (!binary.equals(Path.of("/usr/bin/caddy"))) {
            Files.copy(binary, context.resolve("root/usr/bin/caddy"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(context.resolve("root/tmp"));
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY root/ /\n"
                + "ENV PATH=/usr/bin:/bin XDG_CONFIG_HOME=/config XDG_DATA_HOME=/data\n"
                + "CMD [\"caddy\", \"run\"]\n");
        run(List.of("docker", "build", "-q", "-t", tag, context.toString()));
    }

    public static void remove(String tag) throws IOException, InterruptedException {
        new ProcessBuilder("docker", "rmi", "-f", tag).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}

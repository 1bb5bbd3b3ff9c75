package dev.appaloft.runtime.ssh.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second, real Docker engine on this machine (its own data root, socket and network namespace):
 * a test server whose sshd sets {@code DOCKER_HOST} to it has an engine of its own, which lacks
 * the images of the control plane's engine. Needs root (for dockerd and the namespace).
 */
public final class SecondDockerEngine implements AutoCloseable {

    private final Path dir;
    private final Process daemon;

    private SecondDockerEngine(Path dir, Process daemon) {
        this.dir = dir;
        this.daemon = daemon;
    }

    /** Starts dockerd under a short /tmp directory (a unix socket path has at most 107 characters). */
    public static SecondDockerEngine start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "ad2-");
        // its own network namespace: a dockerd changes bridges and firewall rules, which must not touch
        // the machine engine's docker0 (a unix socket still reaches it from this namespace)
        Process daemon = new ProcessBuilder("unshare", "--net", "--", "dockerd", "--data-root", dir.resolve("root").toString(),
                "--exec-root", dir.resolve("exec").toString(), "--pidfile", dir.resolve("pid").toString(),
                "--host", "unix://" + dir.resolve("sock"), "--iptables=false", "--ip6tables=false")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile()).start();
        SecondDockerEngine engine = new SecondDockerEngine(dir, daemon);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (engine.docker("info").exit() != 0) {
            if (!daemon.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(dir.resolve("dockerd.log"));
                engine.close();
                throw new IllegalStateException("the second dockerd did not start: "
                        + log.substring(Math.max(0, log.length() - 2000)));
            }
            Thread.sleep(200);
        }
        return engine;
    }

    /** {@code DOCKER_HOST} for this engine. */
    public String dockerHost() {
        return "unix://" + dir.resolve("sock");
    }

    public boolean hasImage(String image) throws IOException, InterruptedException {
        return docker("image", "inspect", image).exit() == 0;
    }

    public record Result(int exit, String output) {
    }

    /** Runs the docker CLI against this engine. */
    public Result docker(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker", "--host", dockerHost()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        daemon.destroy();
        if (!daemon.waitFor(30, TimeUnit.SECONDS)) {
            daemon.destroyForcibly().waitFor();
        }
        // the daemon's overlay mounts are gone once it stopped; what remains is plain files
        new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
    }
}

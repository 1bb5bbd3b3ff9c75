package dev.appaloft.runtime.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Images on the control plane's own Docker engine, read with its docker CLI (which honours
 * {@code DOCKER_HOST}): a prebuilt image that no registry serves to a server (built here, or
 * loaded here by hand) is streamed to it from here as {@code docker save} output.
 */
class ControlPlaneImages {

    private final String dockerCli;

    ControlPlaneImages(String dockerCli) {
        this.dockerCli = dockerCli;
    }

    static ControlPlaneImages localDocker() {
        return new ControlPlaneImages("docker");
    }

    /** Whether the control plane's engine has {@code image}; false when it has no docker CLI or engine. */
    boolean has(String image) {
        try {
            Process p = new ProcessBuilder(dockerCli, "image", "inspect", "--format", "{{.Id}}", image)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no docker CLI here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes {@code docker save image} to {@code out}; fails when the save does. */
    void save(String image, OutputStream out) throws IOException {
        Process p = new ProcessBuilder(List.of(dockerCli, "save", image))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream tar = p.getInputStream()) {
            tar.transferTo(out);
            if (p.waitFor() != 0) {
                throw new IOException("docker save " + image + " failed on the control plane (exit " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving " + image, e);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }
}

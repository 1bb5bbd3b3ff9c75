package dev.appaloft.runtime.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch commands, run by a real {@code sh} against a PATH of stand-ins: a {@code docker}
 * that records its arguments (and has the Caddy image or not), a {@code caddy} that may be
 * missing. The container is chosen when the image is there, else the binary, else nothing.
 */
class CaddyLaunchTest {

    @TempDir Path dir;
    Path bin;
    Path log;
    final CaddyLaunch launch = new CaddyLaunch(EdgeProxyOptions.defaults(), 2019);

    @BeforeEach
    void tools() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        log = dir.resolve("docker.log");
        for (String tool : List.of("mkdir", "cat", "rm")) {
            Path real = Path.of("/usr/bin", tool).toFile().exists() ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
    }

    private void docker(boolean hasImage) throws IOException {
        script("docker", "printf '%s\\n' \"$*\" >> " + log + "\n"
                + "if [ \"$1 $2\" = 'image inspect' ]; then exit " + (hasImage ? 0 : 1) + "; fi\nexit 0\n");
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String sh(String command, String stdin) throws Exception {
        Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private String env() {
        return "PATH=" + bin + " HOME=" + dir + " ";
    }

    @Test
    void theImageWinsThenTheBinaryThenNothing() throws Exception {
        docker(true);
        script("caddy", "exit 0\n");
        assertThat(CaddyLaunch.method(sh("export " + env() + "; " + launch.detect(), ""))).isEqualTo(CaddyLaunch.Method.CONTAINER);
        docker(false);
        assertThat(CaddyLaunch.method(sh("export " + env() + "; " + launch.detect(), ""))).isEqualTo(CaddyLaunch.Method.BINARY);
        Files.delete(bin.resolve("caddy"));
        assertThat(CaddyLaunch.method(sh("export " + env() + "; " + launch.detect(), ""))).isEqualTo(CaddyLaunch.Method.NONE);
        Files.delete(bin.resolve("docker"));
        assertThat(CaddyLaunch.method(sh("export " + env() + "; " + launch.detect(), ""))).as("no docker at all")
                .isEqualTo(CaddyLaunch.Method.NONE);
        assertThat(CaddyLaunch.method("something else")).isEqualTo(CaddyLaunch.Method.NONE);
    }

    @Test
    void theContainerRunsOnTheHostNetworkFromTheImageWithTheWrittenConfigAndResumes() throws Exception {
        docker(true);
        sh("export " + env() + "; " + launch.start(CaddyLaunch.Method.CONTAINER), "{\"admin\":{}}");
        assertThat(Files.readString(dir.resolve(".appaloft/edge-proxy/2019/caddy.json"))).isEqualTo("{\"admin\":{}}");
        List<String> calls = Files.readAllLines(log);
        assertThat(calls.get(0)).isEqualTo("rm -f appaloft-caddy-2019");
        assertThat(calls.get(1)).startsWith("run --detach --name appaloft-caddy-2019 --restart unless-stopped"
                + " --network host --label appaloft.edge-proxy=2019")
                .contains("--volume appaloft-caddy-2019-data:/data --volume appaloft-caddy-2019-config:/config")
                .contains("--volume " + dir + "/.appaloft/edge-proxy/2019:/etc/appaloft-caddy:ro")
                .endsWith("caddy:2-alpine caddy run --config /etc/appaloft-caddy/caddy.json --resume");
        assertThat(launch.logTail(CaddyLaunch.Method.CONTAINER)).isEqualTo("docker logs --tail 20 appaloft-caddy-2019 2>&1");
    }

    @Test
    void theBinaryRunsInASessionOfItsOwnAndItsPidIsKeptForTheNextStop() throws Exception {
        script("caddy", "echo \"caddy $*\" > " + dir.resolve("caddy.args") + "\nexit 0\n");
        for (String tool : List.of("setsid", "nohup", "sleep", "grep", "kill")) {
            Path real = Path.of("/usr/bin", tool);
            if (real.toFile().exists()) {
                Files.createSymbolicLink(bin.resolve(tool), real);
            }
        }
        sh("export " + env() + "; " + launch.start(CaddyLaunch.Method.BINARY) + "; wait", "{}");
        Path home = dir.resolve(".appaloft/edge-proxy/2019");
        assertThat(Files.readString(dir.resolve("caddy.args")).trim())
                .isEqualTo("caddy run --config " + home + "/caddy.json");
        assertThat(Files.readString(home.resolve("caddy.pid")).trim()).matches("\\d+");
        assertThat(launch.stopLeftover()).contains("docker rm -f appaloft-caddy-2019").contains("caddy.pid");
        sh("export " + env() + "; " + launch.stopLeftover(), "");
        assertThat(home.resolve("caddy.pid")).as("the stop forgets the pid").doesNotExist();
    }
}

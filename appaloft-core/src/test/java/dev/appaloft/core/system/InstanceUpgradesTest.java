package dev.appaloft.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.system.InstanceUpgradeCheck;
import dev.appaloft.api.system.InstanceUpgradeSettings;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrades against a real HTTP server: a bad manifest or digest stages nothing; none configured is said so. */
class InstanceUpgradesTest {

    @TempDir Path dir;
    HttpServer releases;
    volatile String manifest;
    final byte[] release = "release-2.0.0".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws IOException {
        releases = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        releases.createContext("/manifest.json", ex -> {
            byte[] body = manifest.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        releases.createContext("/appaloft-server-2.0.0.jar", ex -> {
            ex.sendResponseHeaders(200, release.length);
            ex.getResponseBody().write(release);
            ex.close();
        });
        releases.start();
    }

    @AfterEach
    void stop() {
        releases.stop(0);
    }

    private AppaloftEngine engine(URI manifestUrl) {
        return AppaloftEngine.builder().store(new MemoryStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .dailyHousekeeping(false).discoverPlugins(false)
                .instanceUpgrade(new InstanceUpgradeSettings("1.0.0", manifestUrl, dir.resolve("upgrades"))).build();
    }

    private URI manifestUrl() {
        return URI.create("http://127.0.0.1:" + releases.getAddress().getPort() + "/manifest.json");
    }

    @Test
    void aDigestThatDoesNotMatchStagesNothing() throws IOException {
        manifest = "{\"version\":\"2.0.0\",\"url\":\"appaloft-server-2.0.0.jar\",\"sha256\":\"" + "0".repeat(64) + "\"}";
        try (AppaloftEngine engine = engine(manifestUrl())) {
            assertThat(engine.instance().checkUpgrade().status()).isEqualTo("update-available");
            assertThatThrownBy(() -> engine.instance().applyUpgrade())
                    .satisfies(e -> assertThat(((AppaloftException) e).code()).isEqualTo(ErrorCode.INSTANCE_UPGRADE_FAILED))
                    .hasMessageContaining("nothing was staged");
        }
        try (var files = Files.list(dir.resolve("upgrades"))) {
            assertThat(files).isEmpty(); // not even the partial download
        }
    }

    @Test
    void aBrokenManifestIsUnreachableAndNoneConfiguredIsSaid() {
        manifest = "{\"version\":\"latest\"}";
        try (AppaloftEngine engine = engine(manifestUrl())) {
            InstanceUpgradeCheck check = engine.instance().checkUpgrade();
            assertThat(check.status()).isEqualTo("unreachable");
            assertThat(check.problem()).contains("needs a version");
        }
        try (AppaloftEngine engine = engine(null)) {
            assertThat(engine.instance().checkUpgrade().status()).isEqualTo("not-configured");
            assertThatThrownBy(() -> engine.instance().applyUpgrade()).satisfies(e -> assertThat(
                    ((AppaloftException) e).code()).isEqualTo(ErrorCode.INSTANCE_UPGRADE_NOT_CONFIGURED));
        }
    }

    @Test
    void anOlderOrEqualReleaseIsUpToDate() {
        manifest = "{\"version\":\"1.0.0\",\"url\":\"x.jar\",\"sha256\":\"" + "a".repeat(64) + "\"}";
        try (AppaloftEngine engine = engine(manifestUrl())) {
            assertThat(engine.instance().checkUpgrade().updateAvailable()).isFalse();
            assertThat(engine.instance().applyUpgrade().status()).isEqualTo("up-to-date");
        }
    }
}

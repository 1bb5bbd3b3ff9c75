package dev.appaloft.core.system;

import static dev.appaloft.api.catalog.GovernanceOperations.SYSTEM_INSTANCE_UPGRADE_APPLY;
import static dev.appaloft.api.catalog.GovernanceOperations.SYSTEM_INSTANCE_UPGRADE_CHECK;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.system.InstanceUpgradeApplied;
import dev.appaloft.api.system.InstanceUpgradeCheck;
import dev.appaloft.api.system.InstanceUpgradeSettings;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code system.instance-upgrade.check} and {@code .apply}: the instance follows a release manifest
 * (an operator's URL); check compares its version, apply downloads the newer release, verifies its
 * SHA-256 while it streams and stages it. An embedded library cannot swap itself: the restart onto
 * the staged release is the operator's (or their service manager's).
 */
public final class InstanceUpgrades {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long MAX_RELEASE_BYTES = 1L << 30;
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    private final CoreContext ctx;
    private final InstanceUpgradeSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private InstanceUpgrades(CoreContext ctx, InstanceUpgradeSettings settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    public static void register(HandlerRegistry handlers, CoreContext ctx, InstanceUpgradeSettings settings) {
        InstanceUpgrades u = new InstanceUpgrades(ctx, settings);
        handlers.register(SYSTEM_INSTANCE_UPGRADE_CHECK, (in, actor) -> u.check())
                .register(SYSTEM_INSTANCE_UPGRADE_APPLY, (in, actor) -> u.apply(actor));
    }

    /** The newest release the manifest names. */
    record Release(String version, URI url, String sha256) {
    }

    InstanceUpgradeCheck check() {
        String now = Timestamps.format(ctx.now());
        String current = settings.currentVersion();
        if (settings.manifestUrl() == null) {
            return new InstanceUpgradeCheck(InstanceUpgradeCheck.SCHEMA_VERSION, "not-configured", current, null, false,
                    null, null, now, null);
        }
        String manifest = settings.manifestUrl().toString();
        try {
            Release latest = latest();
            boolean newer = ReleaseVersion.isNewer(latest.version(), current);
            return new InstanceUpgradeCheck(InstanceUpgradeCheck.SCHEMA_VERSION, newer ? "update-available"
                    : "up-to-date", current, latest.version(), newer, manifest, latest.url().toString(), now, null);
        } catch (AppaloftException e) {
            return new InstanceUpgradeCheck(InstanceUpgradeCheck.SCHEMA_VERSION, "unreachable", current, null, false,
                    manifest, null, now, e.getMessage());
        }
    }

    synchronized InstanceUpgradeApplied apply(Actor actor) {
        if (settings.manifestUrl() == null || settings.stagingDirectory() == null) {
            throw new AppaloftException(ErrorCode.INSTANCE_UPGRADE_NOT_CONFIGURED, "this instance follows no release "
                    + "manifest: configure one (serve --upgrade-manifest-url) to upgrade from it", List.of(), Map.of(),
                    null);
        }
        Release latest = latest();
        String current = settings.currentVersion();
        if (!ReleaseVersion.isNewer(latest.version(), current)) {
            return new InstanceUpgradeApplied(InstanceUpgradeApplied.SCHEMA_VERSION, "up-to-date", current,
                    latest.version(), null, null, false, Timestamps.format(ctx.now()));
        }
        Path staged = download(latest);
        return ctx.command(actor, "system.instance-upgrade.apply", uow -> {
            uow.event("instance-upgrade-staged", "instance", Map.of("fromVersion", current,
                    "toVersion", latest.version(), "sha256", latest.sha256(), "stagedPath", staged.toString()));
            return new InstanceUpgradeApplied(InstanceUpgradeApplied.SCHEMA_VERSION, "staged", current,
                    latest.version(), staged.toString(), latest.sha256(), true, Timestamps.format(uow.now()));
        });
    }

    private Release latest() {
        URI manifest = settings.manifestUrl();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(manifest).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = Json.mapper().readTree(answer.body());
        } catch (IOException e) {
            throw failed("the release manifest at " + manifest + " is not JSON");
        }
        String version = body.path("version").asText(null);
        String url = body.path("url").asText(null);
        String sha256 = body.path("sha256").asText(null);
        if (ReleaseVersion.parse(version) == null || url == null || sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw failed("the release manifest at " + manifest + " needs a version (e.g. 1.4.0), a url and a sha256 "
                    + "(64 hex digits)");
        }
        URI release = manifest.resolve(url);
        if (!"https".equals(release.getScheme()) && !"http".equals(release.getScheme())) {
            throw failed("the release url " + url + " is not http(s)");
        }
        return new Release(version, release, sha256.toLowerCase(java.util.Locale.ROOT));
    }

    /** The release in the staging directory, whole and with the manifest's digest, or nothing there. */
    private Path download(Release release) {
        HttpResponse<InputStream> answer = send(HttpRequest.newBuilder(release.url()).timeout(Duration.ofMinutes(10))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        Path dir = settings.stagingDirectory();
        Path target = dir.resolve("appaloft-server-" + release.version() + ".jar");
        Path partial = null;
        try {
            Files.createDirectories(dir);
            partial = Files.createTempFile(dir, ".download-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (InputStream in = answer.body(); OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_RELEASE_BYTES) {
                        throw failed("the release at " + release.url() + " is larger than 1 GiB");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(release.sha256())) {
                throw failed("the release at " + release.url() + " has SHA-256 " + actual + ", the manifest says "
                        + release.sha256() + ": nothing was staged");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw failed("the release could not be staged in " + dir + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless: the next download makes its own
                }
            }
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> answer = http.send(request, handler);
            if (answer.statusCode() != 200) {
                throw failed(request.uri() + " answered HTTP " + answer.statusCode());
            }
            return answer;
        } catch (IOException e) {
            throw failed(request.uri() + " could not be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while reading " + request.uri());
        }
    }

    private static AppaloftException failed(String message) {
        return new AppaloftException(ErrorCode.INSTANCE_UPGRADE_FAILED, message, List.of(), Map.of(), null);
    }
}

package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.StaticArtifactsApi;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.staticartifacts.*;
import dev.appaloft.api.staticartifacts.PublishStaticArtifactPayloadInput.PayloadFile;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.artifacts.FileArtifactStore;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static artifact publications on every store, with the proxy double: files arrive three ways,
 * are stored once by content digest with a manifest, and the resource's route switches to the
 * new site folder (the same against Caddy: StaticArtifactsAndLogArchivesDockerIT in appaloft-http).
 */
public abstract class StaticArtifactScenarios extends RunningAppFixture {

    @TempDir
    Path artifactsDir;
    @TempDir
    Path sources;

    @Override
    AppaloftEngine engine(boolean withProxy) {
        return AppaloftEngine.builder().store(store, appaloft == null).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", proxy).artifactStore(new FileArtifactStore(artifactsDir))
                .sourceRoots(List.of(sources)).build();
    }

    StaticArtifactsApi statics() {
        return appaloft.staticArtifacts();
    }

    static PayloadFile file(String path, String mime, String text) {
        return new PayloadFile(path, mime, Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    StaticArtifactPublished payload(Boolean promote, PayloadFile... files) {
        return statics().publishPayload(new PublishStaticArtifactPayloadInput(project, resource, null, promote,
                List.of(files), Map.of("commit", "abc123")));
    }

    @Test
    void aPayloadIsStoredByDigestAndServedAtTheResourcesUrl() throws IOException {
        StaticArtifactPublished p = payload(null, file("index.html", "text/html", "<h1>one</h1>"),
                file("assets/app.js", "text/javascript", "console.log(1)"));
        assertThat(p.schemaVersion()).isEqualTo("static-artifacts.publish/v1");
        assertThat(p.publicationId()).startsWith("sap_");
        assertThat(p.artifactId()).startsWith("art_");
        assertThat(p.fileCount()).isEqualTo(2);
        assertThat(p.totalBytes()).isEqualTo(12 + 14);
        assertThat(p.manifestDigest()).matches("sha256:[0-9a-f]{64}");
        assertThat(p.files()).allSatisfy(f -> {
            assertThat(f.pathDigest()).matches("sha256:[0-9a-f]{64}");
            assertThat(f.contentDigest()).matches("sha256:[0-9a-f]{64}");
        });
        assertThat(p.storageProviderKey()).isEqualTo("local-filesystem");
        assertThat(p.storageRef()).startsWith("static-artifacts/manifests/");
        assertThat(p.routeProviderKey()).isEqualTo("caddy");
        assertThat(p.routeUrl()).startsWith("http://").endsWith(":4380/");

        ProxyRoute route = proxy.routes.get("static-" + resource);
        assertThat(route.servesFiles()).isTrue();
        assertThat(Files.readString(Path.of(route.fileRoot()).resolve("index.html"))).isEqualTo("<h1>one</h1>");
        assertThat(Files.readString(Path.of(route.fileRoot()).resolve("assets/app.js"))).isEqualTo("console.log(1)");

        // a second publication switches the route; the first stays stored; equal content is stored once
        clock.shift(Duration.ofSeconds(1));
        StaticArtifactPublished q = payload(null, file("index.html", "text/html", "<h1>two</h1>"),
                file("assets/app.js", "text/javascript", "console.log(1)"));
        ProxyRoute switched = proxy.routes.get("static-" + resource);
        assertThat(Files.readString(Path.of(switched.fileRoot()).resolve("index.html"))).isEqualTo("<h1>two</h1>");
        assertThat(Files.readString(Path.of(route.fileRoot()).resolve("index.html"))).isEqualTo("<h1>one</h1>");
        assertThat(blobs()).hasSize(3);

        // not promoted: stored, not served
        clock.shift(Duration.ofSeconds(1));
        StaticArtifactPublished r = payload(false, file("index.html", "text/html", "<h1>draft</h1>"));
        assertThat(r.routeUrl()).isNull();
        assertThat(proxy.routes.get("static-" + resource).fileRoot()).isEqualTo(switched.fileRoot());

        StaticArtifactPublicationList list = statics().listPublications(
                new ListStaticArtifactPublicationsInput(project, resource, null));
        assertThat(list.items()).extracting(StaticArtifactPublication::publicationId)
                .containsExactly(r.publicationId(), q.publicationId(), p.publicationId());
        assertThat(list.items()).extracting(StaticArtifactPublication::routeUrl).containsExactly(null, q.routeUrl(), null);
        assertThat(list.items().get(1).metadata()).containsEntry("commit", "abc123");
        assertThat(statics().listPublications(new ListStaticArtifactPublicationsInput(null, null, 1)).items()).hasSize(1);
        assertThat(audit("static-artifact-published")).hasSize(3);
    }

    @Test
    void aRestartedEngineServesTheCurrentPublicationAgain() {
        payload(null, file("index.html", "text/html", "one"));
        clock.shift(Duration.ofSeconds(1));
        payload(null, file("index.html", "text/html", "two"));
        ProxyRoute served = proxy.routes.get("static-" + resource);
        proxy.forget(); // a local proxy starts empty
        try (AppaloftEngine restarted = engine(true)) { // a second engine on the same store
            assertThat(restarted.isImplemented(dev.appaloft.api.catalog.AppTaskOperations.STATIC_ARTIFACTS_PUBLISH)).isTrue();
            assertThat(proxy.routes.get("static-" + resource)).isEqualTo(served);
        }
    }

    @Test
    void unsafePathsAndBadPayloadsAreRefusedWithTheField() {
        for (String bad : List.of("../etc/passwd", "/abs.html", "a//b", "a/../b", "a\\b.html", ".", "C:x", "a/", "sp ace")) {
            assertThat(fields(() -> payload(null, file(bad, "text/html", "x")))).as(bad).containsExactly("files.0.path");
        }
        assertThat(fields(() -> payload(null, new PayloadFile("a.html", "text/html", "%%%")))).containsExactly(
                "files.0.contentBase64");
        assertThat(fields(() -> payload(null, file("a.html", "text/html", "1"), file("a.html", "text/html", "2"))))
                .containsExactly("files");
        assertThat(fields(() -> statics().publishPayload(new PublishStaticArtifactPayloadInput(project, resource, null,
                null, List.of(), null)))).containsExactly("files");
        assertFails(() -> statics().publishPayload(new PublishStaticArtifactPayloadInput("prj_missing", resource, null,
                null, List.of(file("a.html", "text/html", "x")), null)), "not_found");
        assertThat(proxy.routes).doesNotContainKey("static-" + resource);
        assertThat(audit("static-artifact-published")).isEmpty();
    }

    @Test
    void archivesArePublishedAndZipSlipAndLinksAreRefused() throws IOException {
        StaticArtifactPublished zip = statics().publishArchive(new PublishStaticArtifactArchiveInput(project, resource,
                "build-7", null, base64(zip(Map.of("index.html", "zip site", "css/site.css", "body{}"))), null));
        assertThat(zip.fileCount()).isEqualTo(2);
        assertThat(zip.artifactId()).isEqualTo("build-7");
        assertThat(zip.files()).extracting(PublishedFile::mimeType).containsExactlyInAnyOrder("text/html", "text/css");

        StaticArtifactPublished tar = statics().publishArchive(new PublishStaticArtifactArchiveInput(project, resource,
                null, null, base64(tar("./index.html", "tar site", false)), null));
        assertThat(tar.fileCount()).isEqualTo(1);
        assertThat(Files.readString(Path.of(proxy.routes.get("static-" + resource).fileRoot()).resolve("index.html")))
                .isEqualTo("tar site");

        String slip = base64(zip(Map.of("../../evil.html", "x")));
        String link = base64(tar("link.html", "/etc/passwd", true));
        assertThat(fields(() -> statics().publishArchive(new PublishStaticArtifactArchiveInput(project, resource, null,
                null, slip, null)))).containsExactly("archiveBase64");
        assertThat(fields(() -> statics().publishArchive(new PublishStaticArtifactArchiveInput(project, resource, null,
                null, link, null)))).containsExactly("archiveBase64");
        assertThat(fields(() -> statics().publishArchive(new PublishStaticArtifactArchiveInput(project, resource, null,
                null, base64("not an archive at all".getBytes()), null)))).containsExactly("archiveBase64");
        assertThat(Files.exists(artifactsDir.resolve("evil.html"))).isFalse();
    }

    @Test
    void aFolderUnderTheSourceRootsIsPublishedAndOneOutsideIsNot() throws IOException {
        Path site = sources.resolve("dist");
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("index.html"), "folder site");
        Files.writeString(site.resolve("docs/a.txt"), "doc");
        StaticArtifactPublished p = statics().publish(new PublishStaticArtifactInput(project, resource, site.toString(),
                null, null, null));
        assertThat(p.fileCount()).isEqualTo(2);
        assertThat(fields(() -> statics().publish(new PublishStaticArtifactInput(project, resource, "/etc", null, null,
                null)))).containsExactly("sourcePath");
        assertThat(fields(() -> statics().publish(new PublishStaticArtifactInput(project, resource,
                sources.resolve("missing").toString(), null, null, null)))).containsExactly("sourcePath");
    }

    private List<Path> blobs() throws IOException {
        try (var walk = Files.walk(artifactsDir.resolve("static-artifacts/blobs"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] tar(String name, String content, boolean symlink) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            if (symlink) {
                TarArchiveEntry link = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                link.setLinkName(content);
                tar.putArchiveEntry(link);
            } else {
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
            }
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (dev.appaloft.api.error.AppaloftException e) {
            assertThat(e.code().code()).isEqualTo("validation_error");
            return e.issues().stream().map(i -> String.join(".", i.path().stream().map(String::valueOf).toList())).toList();
        }
        throw new AssertionError("the call did not fail");
    }

    List<StreamRecord> audit(String type) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream()
                .filter(e -> e.type().equals(type)).toList();
    }
}

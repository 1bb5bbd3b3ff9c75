package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.SourceBinding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipMaterializerTest {

    @TempDir Path tmp;
    final RecordingLog log = new RecordingLog();

    /** Writes a zip; a value starting with "link:" makes a symbolic link, "exec:" an executable file. */
    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                String content = e.getValue();
                if (content.startsWith("link:")) {
                    entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
                    content = content.substring(5);
                } else if (content.startsWith("exec:")) {
                    entry.setUnixMode(UnixStat.FILE_FLAG | 0755);
                    content = content.substring(5);
                }
                zip.putArchiveEntry(entry);
                if (!e.getKey().endsWith("/")) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private Workspace extract(ZipMaterializer materializer, Path archive) {
        return materializer.materialize(SourceBinding.of(SourceBinding.Kind.ZIP_ARTIFACT, archive.toString()),
                tmp.resolve("out-" + System.nanoTime()), log);
    }

    private static void refused(Runnable extraction, ErrorCode code, String message) {
        assertThatThrownBy(extraction::run).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void anArchiveIsExtractedWithItsExecutableBitsAndRootedInItsOnlyFolder() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("shop-main/", "");
        entries.put("shop-main/public/index.html", "hello");
        entries.put("shop-main/run.sh", "exec:#!/bin/sh\necho hi\n");
        entries.put("shop-main/latest.html", "link:public/index.html");
        Workspace ws = extract(new ZipMaterializer(), zip("shop.zip", entries));

        assertThat(ws.owned()).isTrue();
        assertThat(ws.root().getFileName().toString()).isEqualTo("shop-main");
        assertThat(Files.readString(ws.root().resolve("public/index.html"))).isEqualTo("hello");
        assertThat(Files.isExecutable(ws.root().resolve("run.sh"))).isTrue();
        assertThat(Files.isExecutable(ws.root().resolve("public/index.html"))).isFalse();
        assertThat(Files.readString(ws.root().resolve("latest.html"))).isEqualTo("hello");
        assertThat(log.toString()).contains("extracted 4 entries");
    }

    @Test
    void entriesThatWouldLandOutsideTheFolderAreRefused() throws Exception {
        ZipMaterializer zips = new ZipMaterializer();
        refused(() -> extract(zips, uncheckedZip("slip.zip", Map.of("../../evil.sh", "x"))),
                SourceErrors.SOURCE_ARCHIVE_INVALID, "points outside");
        refused(() -> extract(zips, uncheckedZip("absolute.zip", Map.of("/etc/evil", "x"))),
                SourceErrors.SOURCE_ARCHIVE_INVALID, "points outside");
        refused(() -> extract(zips, uncheckedZip("link.zip", Map.of("passwd", "link:../../../etc/passwd"))),
                SourceErrors.SOURCE_ARCHIVE_INVALID, "outside the archive");
        assertThat(tmp.resolve("evil.sh")).doesNotExist();
    }

    @Test
    void archivesPastTheLimitsAreRefusedWhateverTheyDeclare() throws Exception {
        Path archive = zip("big.zip", Map.of("a.txt", "x".repeat(1000), "b.txt", "y", "c.txt", "z"));
        refused(() -> extract(new ZipMaterializer(2, 1_000_000), archive), SourceErrors.SOURCE_ARCHIVE_INVALID,
                "more than 2 entries");
        refused(() -> extract(new ZipMaterializer(10, 500), archive), SourceErrors.SOURCE_ARCHIVE_INVALID,
                "more than 500 bytes");
    }

    @Test
    void aCorruptOrMissingArchiveFailsClearly() throws Exception {
        Path corrupt = tmp.resolve("corrupt.zip");
        Files.writeString(corrupt, "this is not a zip file at all");
        refused(() -> extract(new ZipMaterializer(), corrupt), SourceErrors.SOURCE_ARCHIVE_INVALID, "not a readable zip");
        refused(() -> extract(new ZipMaterializer(), tmp.resolve("missing.zip")), SourceErrors.SOURCE_UNAVAILABLE,
                "no zip file");
    }

    private Path uncheckedZip(String name, Map<String, String> entries) {
        try {
            return zip(name, entries);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.error.AppaloftException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The files of an uploaded archive: zip, tar or gzipped tar, told apart by their magic bytes.
 * Only regular files are taken (folders are implied; links, devices and other entries are
 * refused: a link could point anywhere once served); every path must pass {@link SitePaths}
 * (no zip-slip), and sizes are counted as bytes are read against the {@link SiteLimits}.
 */
final class ArchiveFiles {

    static final String FIELD = "archiveBase64";

    private ArchiveFiles() {
    }

    static List<SiteFile> read(byte[] archive, SiteLimits limits) {
        SiteLimits.Budget budget = limits.budget(FIELD);
        try (ArchiveInputStream<? extends ArchiveEntry> in = open(archive)) {
            List<SiteFile> files = new ArrayList<>();
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (!regular(entry)) {
                    throw AppaloftException.validation(FIELD, "archive entry " + entry.getName()
                            + " is not a regular file (links and special files are not published)");
                }
                String name = entry.getName();
                String path = SitePaths.normalize(name).orElseThrow(() -> AppaloftException.validation(FIELD,
                        "archive entry " + name + " is not a safe relative path"));
                byte[] bytes = bounded(in, path, budget);
                budget.file(path, bytes.length);
                files.add(new SiteFile(path, MimeTypes.of(path), bytes));
            }
            if (files.isEmpty()) {
                throw AppaloftException.validation(FIELD, "the archive holds no files");
            }
            return files;
        } catch (IOException e) {
            throw AppaloftException.validation(FIELD, "not a readable zip or tar archive: " + e.getMessage());
        }
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(byte[] archive) throws IOException {
        if (archive.length >= 4 && archive[0] == 'P' && archive[1] == 'K') {
            return new ZipArchiveInputStream(new ByteArrayInputStream(archive));
        }
        InputStream raw = new ByteArrayInputStream(archive);
        if (archive.length >= 2 && (archive[0] & 0xff) == 0x1f && (archive[1] & 0xff) == 0x8b) {
            raw = new GzipCompressorInputStream(raw);
        }
        BufferedInputStream buffered = new BufferedInputStream(raw);
        buffered.mark(512);
        byte[] header = buffered.readNBytes(512);
        buffered.reset();
        if (header.length < 512 || header[257] != 'u' || header[258] != 's' || header[259] != 't') {
            throw new IOException("neither zip nor tar");
        }
        return new TarArchiveInputStream(buffered);
    }

    private static boolean regular(ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry tar) {
            return tar.isFile() && !tar.isSymbolicLink() && !tar.isLink();
        }
        if (entry instanceof ZipArchiveEntry zip) {
            return !zip.isUnixSymlink();
        }
        return false;
    }

    private static byte[] bounded(InputStream in, String path, SiteLimits.Budget budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (budget.remainingFor(out.size()) < 0) {
                budget.file(path, out.size()); // reports which limit it passed
            }
        }
        return out.toByteArray();
    }
}

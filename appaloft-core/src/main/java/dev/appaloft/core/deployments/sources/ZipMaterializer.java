package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip artifact on this host, extracted into the deployment's folder. Every entry must land
 * inside that folder (zip-slip: {@code ../} names, absolute names and links pointing out are
 * refused), and the archive may hold at most {@code maxEntries} entries and
 * {@code maxBytes} of content, counted as it is written (the sizes an archive declares can lie).
 * Executable bits are kept. An archive whose only top-level entry is a folder (as GitHub's
 * downloads are) is rooted in that folder.
 */
final class ZipMaterializer implements SourceMaterializer {

    static final int MAX_ENTRIES = 50_000;
    static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private final int maxEntries;
    private final long maxBytes;

    ZipMaterializer() {
        this(MAX_ENTRIES, MAX_BYTES);
    }

    ZipMaterializer(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        Path archive = SourcePaths.localPath(source.locator());
        if (!Files.isRegularFile(archive)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "there is no zip file at " + archive);
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "extracting " + archive);
        Path root = into.toAbsolutePath().normalize();
        long[] written = {0};
        int entries = 0;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not create " + root, e);
        }
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw invalid(archive, "it holds more than " + maxEntries + " entries");
                }
                Path target = target(root, entry.getName(), archive);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isUnixSymlink()) {
                    link(root, target, zip.getUnixSymlink(entry), entry.getName(), archive);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                        copy(in, out, written, archive);
                    }
                    keepExecutable(target, entry.getUnixMode());
                }
            }
        } catch (AppaloftException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid(archive, "it is not a readable zip file (" + e.getMessage() + ")");
        }
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "extracted " + entries + " entries (" + written[0]
                + " bytes)");
        return new Workspace(singleFolder(root), true, null);
    }

    /** Where an entry goes; refuses names that would land outside the extraction folder. */
    private static Path target(Path root, String name, Path archive) {
        Path target;
        try {
            target = root.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid(archive, "entry " + name + " has an impossible name");
        }
        if (name.startsWith("/") || !target.startsWith(root) || target.equals(root) && !name.endsWith("/")) {
            throw invalid(archive, "entry " + name + " points outside the extraction folder");
        }
        return target;
    }

    private static void link(Path root, Path target, String linkTarget, String name, Path archive) throws IOException {
        Path resolved = target.getParent().resolve(linkTarget).normalize();
        if (linkTarget.startsWith("/") || !resolved.startsWith(root)) {
            throw invalid(archive, "entry " + name + " links to " + linkTarget + ", outside the archive");
        }
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, Path.of(linkTarget));
    }

    private void copy(InputStream in, OutputStream out, long[] written, Path archive) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written[0] += n;
            if (written[0] > maxBytes) {
                throw invalid(archive, "it expands to more than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
    }

    private static void keepExecutable(Path file, int unixMode) throws IOException {
        if ((unixMode & 0111) == 0) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // a file system without modes: nothing to keep
        }
    }

    /** The archive's only top-level folder when it has nothing else at its root. */
    private static Path singleFolder(Path root) {
        try (Stream<Path> top = Files.list(root)) {
            var children = top.limit(2).toList();
            return children.size() == 1 && Files.isDirectory(children.get(0), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? children.get(0) : root;
        } catch (IOException e) {
            return root;
        }
    }

    private static AppaloftException invalid(Path archive, String why) {
        return SourceErrors.fail(SourceErrors.SOURCE_ARCHIVE_INVALID, "the zip artifact " + archive + " was refused: "
                + why);
    }
}

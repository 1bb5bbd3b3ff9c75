package dev.appaloft.core.deployments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** Path rules shared by materializers and context generators: nothing may point outside the source. */
final class SourcePaths {

    private SourcePaths() {
    }

    /**
     * {@code root/relative}, checked to exist and to stay inside {@code root} once symbolic links
     * are followed (a link to /etc in a repository must not publish the host's files).
     */
    static Path inside(Path root, String relative, boolean directory, String what) {
        Path base = realPath(root);
        Path target = relative == null || relative.isBlank() || relative.equals(".") ? base
                : base.resolve(relative).normalize();
        if (!target.startsWith(base)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, what + " " + relative + " is outside the source");
        }
        boolean exists = directory ? Files.isDirectory(target) : Files.isRegularFile(target);
        if (!exists) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, "the source has no " + what + " "
                    + (relative == null ? "." : relative) + (directory ? " folder" : ""));
        }
        Path real = realPath(target);
        if (!real.startsWith(base)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, what + " " + relative
                    + " is a link to a place outside the source");
        }
        return real;
    }

    /** A source locator naming a place on this host: a path or a {@code file:} URI. */
    static Path localPath(String locator) {
        try {
            Path path = locator.startsWith("file:") ? Path.of(java.net.URI.create(locator)) : Path.of(locator);
            return path.toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "the locator " + locator + " is not a path on this host");
        }
    }

    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Copies a folder tree, skipping {@code .git}; links are copied as links, never followed out. */
    static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(from) && dir.getFileName().toString().equals(".git")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from + " to " + to, e);
        }
    }

    /** Removes a folder tree; what cannot be removed stays (temporary files only). */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a file held open elsewhere is left behind
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}

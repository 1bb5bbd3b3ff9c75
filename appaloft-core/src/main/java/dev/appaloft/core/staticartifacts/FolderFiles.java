package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.deployments.sources.SourceRoots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder on this host, for {@code staticArtifacts.publish}: the folder must be
 * under the engine's source roots (after resolving links); links inside it are not followed
 * (one could lead outside), and every path passes {@link SitePaths}.
 */
final class FolderFiles {

    static final String FIELD = "sourcePath";

    private FolderFiles() {
    }

    static List<SiteFile> read(String sourcePath, SourceRoots roots, SiteLimits limits) {
        Path folder;
        try {
            folder = Path.of(sourcePath);
        } catch (RuntimeException e) {
            throw AppaloftException.validation(FIELD, "not a path");
        }
        if (!folder.isAbsolute()) {
            throw AppaloftException.validation(FIELD, "sourcePath must be an absolute path on the control plane's host");
        }
        try {
            roots.check(SourceBinding.of(SourceBinding.Kind.LOCAL_FOLDER, folder.toString()));
        } catch (AppaloftException e) {
            throw AppaloftException.validation(FIELD, e.getMessage());
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            throw AppaloftException.validation(FIELD, sourcePath + " is not a folder");
        }
        SiteLimits.Budget budget = limits.budget(FIELD);
        List<SiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                String path = SitePaths.normalize(relative).orElseThrow(() -> AppaloftException.validation(FIELD,
                        relative + " is not a publishable path ([A-Za-z0-9._~@+-] segments)"));
                budget.file(path, Files.size(p));
                files.add(new SiteFile(path, MimeTypes.of(path), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the folder " + sourcePath + " could not be read", e);
        }
        if (files.isEmpty()) {
            throw AppaloftException.validation(FIELD, sourcePath + " holds no files");
        }
        return files;
    }
}

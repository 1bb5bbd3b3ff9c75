package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which host folders a deployment may read. Local folders, local repositories, zip files and
 * {@code file://} repository URLs name paths on the control plane's host; without a limit, anyone
 * allowed to configure a resource could publish any file there (say {@code /etc}) as a site. An
 * empty list means no limit (an embedding application trusts its own callers); the standalone
 * server sets one. Paths are compared after resolving links, so a link cannot lead outside.
 */
public record SourceRoots(List<Path> roots) {

    public static final SourceRoots UNRESTRICTED = new SourceRoots(List.of());

    public SourceRoots {
        roots = roots.stream().map(SourceRoots::real).toList();
    }

    /** Refuses (400, field {@code source.locator}) a source outside every root; other sources pass. */
    public void check(SourceBinding source) {
        if (roots.isEmpty() || source == null) {
            return;
        }
        Path path = hostPath(source);
        if (path == null) {
            return;
        }
        Path real = real(source.baseDirectory() == null || source.kind() != SourceBinding.Kind.LOCAL_FOLDER ? path
                : path.resolve(source.baseDirectory()));
        if (roots.stream().noneMatch(real::startsWith)) {
            throw AppaloftException.validation("source.locator", "this server only reads sources under "
                    + roots + "; " + real + " is outside them (the operator sets --source-root)");
        }
    }

    /** The host path a source names, or null when it names none (images, http(s) and ssh repositories). */
    static Path hostPath(SourceBinding source) {
        String locator = source.locator();
        return switch (source.kind()) {
            case LOCAL_FOLDER, LOCAL_GIT, ZIP_ARTIFACT, COMPOSE -> Path.of(locator);
            case REMOTE_GIT, GIT_PUBLIC -> locator.toLowerCase(Locale.ROOT).startsWith("file:")
                    ? Path.of(URI.create(locator)) : null;
            default -> null;
        };
    }

    /** The path with links resolved as far as it exists (a missing tail is kept as written). */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}

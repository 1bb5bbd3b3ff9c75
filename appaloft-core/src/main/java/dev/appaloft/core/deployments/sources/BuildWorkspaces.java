package dev.appaloft.core.deployments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build workspaces deployments leave under the work directory (on the control plane's host):
 * a folder per deployment, normally removed when it ends; one left behind (a crash, a kill) is
 * what {@code servers.capacity.prune} may remove. Which deployment a folder belongs to, and
 * whether it may go, is the caller's decision: this only lists, measures and removes.
 */
public final class BuildWorkspaces {

    /** Measuring stops after this many entries (the size is then unknown), so a huge tree cannot stall a reading. */
    static final int MAX_ENTRIES = 200_000;

    /** One folder: its deployment, where it is, its size in bytes (null when unknown) and when it last changed. */
    public record Workspace(String deploymentId, Path path, Long bytes, Instant updatedAt) {
    }

    private final WorkFolders folders;

    BuildWorkspaces(WorkFolders folders) {
        this.folders = folders;
    }

    /** The work directory, if it exists now. */
    public Optional<Path> root() {
        return folders.existingRoot();
    }

    /** Every deployment folder under the work directory (links are not followed). */
    public List<Workspace> list() {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            return List.of();
        }
        List<Workspace> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.get())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (WorkFolders.isDeploymentFolder(name) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(measure(name, entry));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return found; // a directory that went away reads as what was seen
        }
        return found;
    }

    /** Removes one deployment's folder; true when it is gone afterwards. */
    public boolean remove(String deploymentId) {
        Path folder = folders.folder(deploymentId);
        SourcePaths.deleteTree(folder);
        return !Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
    }

    private static Workspace measure(String deploymentId, Path folder) {
        long bytes = 0;
        Instant latest = null;
        int seen = 0;
        boolean complete = true;
        try (Stream<Path> walk = Files.walk(folder)) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext()) {
                if (++seen > MAX_ENTRIES) {
                    complete = false;
                    break;
                }
                BasicFileAttributes a = Files.readAttributes(it.next(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    bytes += a.size();
                }
                Instant modified = a.lastModifiedTime().toInstant();
                latest = latest == null || modified.isAfter(latest) ? modified : latest;
            }
        } catch (IOException | UncheckedIOException e) {
            complete = false;
        }
        return new Workspace(deploymentId, folder, complete ? bytes : null, latest);
    }
}

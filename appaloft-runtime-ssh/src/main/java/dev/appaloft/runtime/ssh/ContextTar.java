package dev.appaloft.runtime.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Streams a build context as a tar archive, for {@code docker build -} on the server: nothing is
 * staged on either disk. Symbolic links are kept as links (never followed out of the context).
 */
final class ContextTar {

    private ContextTar() {
    }

    static void write(Path context, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(context)) {
            paths = walk.filter(p -> !p.equals(context)).sorted().toList();
        }
        // docker recognises a tar on stdin by its first 512 bytes: the first entry must be a plain
        // header, never an extended (PAX) one, so it is the context folder itself
        TarArchiveEntry root = new TarArchiveEntry("./");
        root.setModTime(Files.getLastModifiedTime(context).toMillis() / 1000 * 1000);
        tar.putArchiveEntry(root);
        tar.closeArchiveEntry();
        for (Path path : paths) {
            String name = context.relativize(path).toString().replace('\\', '/');
            TarArchiveEntry entry;
            boolean regular = false;
            if (Files.isSymbolicLink(path)) {
                entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(path).toString());
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                entry = new TarArchiveEntry(name + "/");
            } else {
                entry = new TarArchiveEntry(name);
                entry.setSize(Files.size(path));
                entry.setMode(Files.isExecutable(path) ? 0100755 : 0100644);
                regular = true;
            }
            // whole seconds: a sub-second time would need an extended header for nothing
            entry.setModTime(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis() / 1000 * 1000);
            tar.putArchiveEntry(entry);
            if (regular) {
                Files.copy(path, tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        tar.flush();
    }
}

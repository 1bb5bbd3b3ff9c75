package dev.appaloft.core.servers.capacity;

import dev.appaloft.api.servers.capacity.ServerCapacityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.stream.Stream;

/** The control plane's state directory as a capacity reading reports it: never a prune candidate. */
final class StateRoot {

    private static final int MAX_ENTRIES = 200_000;

    private StateRoot() {
    }

    static ServerCapacityReport.Location measure(Path directory) {
        Path dir = directory.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            return new ServerCapacityReport.Location(dir.toString(), null, false);
        }
        long bytes = 0;
        int seen = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            Iterator<Path> it = walk.iterator();
            while (it.hasNext()) {
                if (++seen > MAX_ENTRIES) {
                    return new ServerCapacityReport.Location(dir.toString(), null, true);
                }
                BasicFileAttributes a = Files.readAttributes(it.next(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                bytes += a.isRegularFile() ? a.size() : 0;
            }
        } catch (IOException | UncheckedIOException e) {
            return new ServerCapacityReport.Location(dir.toString(), null, true);
        }
        return new ServerCapacityReport.Location(dir.toString(), bytes, true);
    }
}

package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.artifacts.ArtifactKeys;
import java.util.Optional;

/**
 * The rule for a file's path inside a published site, for every way files arrive (a payload, an
 * archive entry, a folder walk): relative, {@code /}-separated, no {@code .} or {@code ..}
 * segment, no empty segment, no backslash, drive letter or control character, at most 32 deep.
 * A leading {@code ./} (as tar writes) is dropped. What passes is also a valid artifact key
 * tail, so a site folder can never reach outside its own folder.
 */
final class SitePaths {

    static final int MAX_LENGTH = 1024;
    static final int MAX_DEPTH = 32;

    private SitePaths() {
    }

    static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String path = raw;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isEmpty() || path.length() > MAX_LENGTH || path.startsWith("/") || path.endsWith("/")) {
            return Optional.empty();
        }
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return Optional.empty();
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return ArtifactKeys.valid(path) ? Optional.of(path) : Optional.empty();
    }
}

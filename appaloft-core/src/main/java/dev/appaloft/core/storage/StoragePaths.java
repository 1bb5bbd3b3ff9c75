package dev.appaloft.core.storage;

import dev.appaloft.core.internal.Validation;
import java.nio.file.Path;

/**
 * The paths storage names: absolute, already normal (no {@code .}/{@code ..} segments, no doubled
 * or trailing slash), not the root, and free of what the docker CLI's {@code -v src:dst:mode}
 * syntax or a shell would read specially (a colon, a comma, control characters).
 */
final class StoragePaths {

    static final int MAX_LENGTH = 4096;

    private StoragePaths() {
    }

    /** The path, or null with an issue on {@code field}. */
    static String absolute(Validation v, String field, String value) {
        if (value == null) {
            return null;
        }
        String path = value.strip();
        String problem = problem(path);
        v.check(problem == null, field, field + " " + problem);
        return problem == null ? path : null;
    }

    private static String problem(String path) {
        if (path.isEmpty() || !path.startsWith("/")) {
            return "must be an absolute path such as /data";
        }
        if (path.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (path.equals("/")) {
            return "must not be the root folder";
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':' || c == ',' || c == '\\')) {
            return "must not contain control characters, ':', ',' or '\\'";
        }
        if (!Path.of(path).normalize().toString().equals(path) || path.endsWith("/") || path.contains("//")) {
            return "must be a normal path (no '.' or '..' segments, no doubled or trailing '/')";
        }
        return null;
    }
}

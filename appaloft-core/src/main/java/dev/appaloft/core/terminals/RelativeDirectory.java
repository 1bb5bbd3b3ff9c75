package dev.appaloft.core.terminals;

/** A terminal's {@code relativeDirectory}: below the instance's working directory, never above it. */
final class RelativeDirectory {

    private RelativeDirectory() {
    }

    static boolean valid(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}

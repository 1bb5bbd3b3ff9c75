package dev.appaloft.core.deployments.sources;

import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Small pieces of generated Dockerfiles. Commands go in JSON (exec) form, so any text is safe in them. */
final class Dockerfiles {

    /** The generated Dockerfile's name where it shares a folder with the user's files. */
    static final String GENERATED = "Dockerfile.appaloft";
    private static final Pattern SIMPLE_COMMAND = Pattern.compile("[^;&|\\n()`]+");

    private Dockerfiles() {
    }

    /** {@code ["a", "b"]}: JSON, as Docker's exec form wants it. */
    static String exec(List<String> words) {
        return Json.write(words);
    }

    /** A shell command as {@code ["sh", "-c", command]}. */
    static String shell(String command) {
        return exec(List.of("sh", "-c", command));
    }

    /**
     * The start command as the container's command. A simple command is {@code exec}'d so that the
     * app, not a shell, is process 1 and receives the stop signal (a shell would ignore it, and each
     * retirement would wait out the stop timeout).
     */
    static String start(String command) {
        String trimmed = command.strip();
        return shell(SIMPLE_COMMAND.matcher(trimmed).matches() && !trimmed.startsWith("exec ")
                ? "exec " + trimmed : trimmed);
    }

    /** A relative folder of the source, checked to stay inside it, without a trailing slash. */
    static String relativeFolder(String folder) {
        String f = folder == null ? "." : folder.strip();
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        while (f.endsWith("/") && f.length() > 1) {
            f = f.substring(0, f.length() - 1);
        }
        Path normalized = Path.of(f.isEmpty() ? "." : f).normalize();
        if (normalized.isAbsolute() || normalized.startsWith("..")) {
            throw SourceErrors.fail(SourceErrors.SOURCE_PATH_INVALID, "the folder " + folder + " is outside the source");
        }
        String out = normalized.toString();
        return out.isEmpty() ? "." : out;
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw SourceErrors.fail(SourceErrors.SOURCE_WORKSPACE_FAILED, "could not write " + file + ": "
                    + e.getMessage(), e);
        }
    }
}

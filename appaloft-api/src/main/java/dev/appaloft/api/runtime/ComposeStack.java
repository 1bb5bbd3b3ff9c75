package dev.appaloft.api.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A compose stack to deploy: the folder its compose file lives in (relative paths and
 * {@code build:} contexts resolve from there), the file, and the service the edge proxy routes to.
 * It travels through the engine as its {@link #reference()}, in the places a single-container
 * deployment carries an image reference ({@link Artifact#image()}, {@link CandidateRequest#image()}),
 * so the engine's steps stay the same; runtimes that run stacks recognise the reference.
 */
public record ComposeStack(Path directory, String composeFile, String targetService) {

    private static final String PREFIX = "compose-stack:";

    public ComposeStack {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(composeFile, "composeFile");
        Objects.requireNonNull(targetService, "targetService");
        if (targetService.contains("@")) {
            throw new IllegalArgumentException("a service name has no '@'");
        }
    }

    /** {@code compose-stack:<service>@<absolute compose file>}. */
    public String reference() {
        return PREFIX + targetService + "@" + directory.toAbsolutePath().resolve(composeFile).normalize();
    }

    public static boolean isReference(String image) {
        return image != null && image.startsWith(PREFIX) && image.indexOf('@') > PREFIX.length();
    }

    /** The stack a {@link #reference()} names. */
    public static ComposeStack parse(String reference) {
        if (!isReference(reference)) {
            throw new IllegalArgumentException("not a compose stack reference: " + reference);
        }
        int at = reference.indexOf('@');
        Path file = Path.of(reference.substring(at + 1));
        return new ComposeStack(file.getParent(), file.getFileName().toString(), reference.substring(PREFIX.length(), at));
    }
}

package dev.appaloft.api.runtime;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The image a deployment needs: a prebuilt one by reference, or one built from a folder.
 *
 * @param image the reference to use (prebuilt) or the tag to give the built image
 * @param contextDirectory the build context (builds only)
 * @param dockerfile the Dockerfile, relative to the context (builds only; default {@code Dockerfile})
 */
public record ArtifactRequest(Kind kind, String image, Path contextDirectory, String dockerfile,
                              Map<String, String> labels) {

    /** {@code COMPOSE_STACK}: {@code image} is a {@link ComposeStack#reference()}, built and run by the Compose CLI. */
    public enum Kind { PREBUILT_IMAGE, DOCKERFILE_BUILD, COMPOSE_STACK }

    public ArtifactRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(image, "image");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        if (kind == Kind.DOCKERFILE_BUILD) {
            Objects.requireNonNull(contextDirectory, "a build needs its context directory");
        }
    }

    public static ArtifactRequest prebuilt(String image) {
        return new ArtifactRequest(Kind.PREBUILT_IMAGE, image, null, null, Map.of());
    }

    /** A compose stack: its folder is the context, its compose file the "dockerfile". */
    public static ArtifactRequest compose(ComposeStack stack, Map<String, String> labels) {
        return new ArtifactRequest(Kind.COMPOSE_STACK, stack.reference(), stack.directory(), stack.composeFile(), labels);
    }

    public static ArtifactRequest build(Path contextDirectory, String dockerfile, String tag, Map<String, String> labels) {
        return new ArtifactRequest(Kind.DOCKERFILE_BUILD, tag, contextDirectory, dockerfile, labels);
    }
}

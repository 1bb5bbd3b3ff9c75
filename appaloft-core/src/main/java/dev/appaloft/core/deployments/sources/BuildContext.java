package dev.appaloft.core.deployments.sources;

import java.nio.file.Path;

/** A folder to send to the image builder and the Dockerfile in it (relative to the folder). */
public record BuildContext(Path directory, String dockerfile) {
}

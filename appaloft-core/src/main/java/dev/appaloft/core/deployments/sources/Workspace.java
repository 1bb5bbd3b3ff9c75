package dev.appaloft.core.deployments.sources;

import java.nio.file.Path;

/**
 * A source made readable on this host.
 *
 * @param root the folder the build starts from (the source's {@code baseDirectory} already applied)
 * @param owned whether the folder is a copy made for this deployment (a checkout, an extracted
 *     archive): generated files may be written into it. A user's local folder is never written to.
 * @param commitSha the commit checked out, for git sources
 */
public record Workspace(Path root, boolean owned, String commitSha) {
}

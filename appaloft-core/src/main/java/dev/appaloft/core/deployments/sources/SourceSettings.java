package dev.appaloft.core.deployments.sources;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where sources are checked out and which base images generated builds start from.
 *
 * @param workDirectory parent of the per-deployment folders (checkouts, extracted archives,
 *     generated build contexts); null: a temporary folder made on first use
 * @param staticServerImage base of {@code static} builds; must provide busybox {@code httpd}
 * @param workspaceImage base of {@code workspace-commands} builds (and of a static site's build
 *     stage); must provide {@code sh} and whatever the commands call
 * @param roots the host folders sources may be read from
 */
public record SourceSettings(Path workDirectory, String staticServerImage, String workspaceImage, SourceRoots roots) {

    /** The offline base image every Appaloft host has (scripts/setup-docker.sh makes it). */
    public static final String DEFAULT_BASE_IMAGE = "local/busybox:1";

    public SourceSettings {
        Objects.requireNonNull(staticServerImage, "staticServerImage");
        Objects.requireNonNull(workspaceImage, "workspaceImage");
        roots = roots == null ? SourceRoots.UNRESTRICTED : roots;
    }

    public SourceSettings(Path workDirectory, String staticServerImage, String workspaceImage) {
        this(workDirectory, staticServerImage, workspaceImage, SourceRoots.UNRESTRICTED);
    }

    public static SourceSettings defaults() {
        return new SourceSettings(null, DEFAULT_BASE_IMAGE, DEFAULT_BASE_IMAGE);
    }
}

package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;

/**
 * The stable codes a deployment fails with while its source is read (phase detect). Only a
 * failure to reach a remote repository may pass on retry; the others need the source or the
 * resource's profile to change first.
 */
public final class SourceErrors {

    /** The folder, repository or archive the source names does not exist (or is not readable). */
    public static final ErrorCode SOURCE_UNAVAILABLE = new ErrorCode("source_unavailable", 422, false);
    /** A remote repository could not be reached (network, timeout): worth retrying. */
    public static final ErrorCode SOURCE_FETCH_FAILED = new ErrorCode("source_fetch_failed", 502, true);
    /** The branch, tag or commit the source asks for is not in the repository. */
    public static final ErrorCode SOURCE_REF_NOT_FOUND = new ErrorCode("source_ref_not_found", 422, false);
    /** A zip artifact is corrupt, escapes its folder or exceeds the extraction limits. */
    public static final ErrorCode SOURCE_ARCHIVE_INVALID = new ErrorCode("source_archive_invalid", 422, false);
    /** A folder or file the profile names (baseDirectory, publishDirectory, dockerfilePath) is missing or outside the source. */
    public static final ErrorCode SOURCE_PATH_INVALID = new ErrorCode("source_path_invalid", 422, false);
    /** The host could not hold the checkout or build context (disk full, permissions): may pass later. */
    public static final ErrorCode SOURCE_WORKSPACE_FAILED = new ErrorCode("source_workspace_failed", 500, true);
    /** Strategy {@code auto} found nothing it knows how to build. */
    public static final ErrorCode STRATEGY_NOT_DETECTED = new ErrorCode("strategy_not_detected", 422, false);

    private SourceErrors() {
    }

    static AppaloftException fail(ErrorCode code, String message) {
        return new AppaloftException(code, message);
    }

    static AppaloftException fail(ErrorCode code, String message, Throwable cause) {
        return new AppaloftException(code, message, java.util.List.of(), java.util.Map.of(), cause);
    }
}

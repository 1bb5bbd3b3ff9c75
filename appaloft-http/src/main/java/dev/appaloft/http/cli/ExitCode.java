package dev.appaloft.http.cli;

/** The command line's exit codes, one per class of failure (the README lists them). */
public final class ExitCode {
    public static final int OK = 0;
    /** The deployment (or another long operation) ran and failed, or was canceled. */
    public static final int DEPLOYMENT_FAILED = 1;
    /** Bad arguments, or the server rejected the input (400, 409, 422). */
    public static final int USAGE = 2;
    /** Missing, wrong or expired credentials, or not allowed (401, 403). */
    public static final int AUTH = 3;
    /** What was named does not exist (404). */
    public static final int NOT_FOUND = 4;
    /** No server answers at the URL, or the embedded server cannot start. */
    public static final int UNREACHABLE = 5;
    /** The server answered an error of its own (5xx, not_implemented) or something unexpected happened. */
    public static final int SERVER_ERROR = 6;
    /** Interrupted by Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }

    /** The exit code for an HTTP error status. */
    public static int forStatus(int status) {
        return switch (status) {
            case 401, 403 -> AUTH;
            case 404 -> NOT_FOUND;
            case 400, 409, 412, 413, 415, 422, 429 -> USAGE;
            default -> SERVER_ERROR;
        };
    }
}

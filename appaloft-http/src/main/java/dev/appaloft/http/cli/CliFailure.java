package dev.appaloft.http.cli;

/** A failure the command line reports as one line and an exit code (never a stack trace). */
public final class CliFailure extends RuntimeException {

    private final int exitCode;
    private final String code;
    private final int httpStatus;

    public CliFailure(int exitCode, String code, String message) {
        this(exitCode, code, message, 0);
    }

    CliFailure(int exitCode, String code, String message, int httpStatus) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the server answered, or 0 when it did not answer one. */
    public int httpStatus() {
        return httpStatus;
    }

    public CliFailure(int exitCode, String message) {
        this(exitCode, null, message);
    }

    public int exitCode() {
        return exitCode;
    }

    /** The server's error code (e.g. {@code invalid_credentials}), or null. */
    public String code() {
        return code;
    }
}

package dev.appaloft.runtime.docker.agent;

/** A fleet server answered with an error (or could not be reached: status 0, retryable). */
public final class FleetClientException extends RuntimeException {

    private final int status;
    private final String code;
    private final boolean retryable;

    public FleetClientException(int status, String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.retryable = retryable;
    }

    /** The HTTP status, 0 when the server was not reached. */
    public int status() {
        return status;
    }

    /** The Alien error code ({@code LEASE_NOT_HELD}, ...), or {@code UNREACHABLE}. */
    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}

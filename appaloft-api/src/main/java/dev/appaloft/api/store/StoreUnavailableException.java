package dev.appaloft.api.store;

/** The store could not be reached or failed for a reason outside the caller's control. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

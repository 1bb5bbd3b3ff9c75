package dev.appaloft.api.common;

/**
 * An output whose success status depends on what happened (e.g. 201 created or 200 existing);
 * the HTTP layer answers with {@link #httpStatus()} instead of the operation's fixed status.
 */
public interface StatusOverride {

    int httpStatus();
}

package dev.appaloft.runtime.docker;

import java.time.Duration;

/**
 * The outcome of one HTTP probe.
 *
 * @param status the HTTP status, or -1 when no response came
 * @param detail why it failed (or the status line when it passed), for logs and messages
 */
public record ProbeResult(boolean healthy, int status, Duration elapsed, String detail) {}

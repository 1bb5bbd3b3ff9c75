package dev.appaloft.core.internal;

import java.time.Duration;

/**
 * Wakes followers of streams (SSE, waits for an outcome) when this process commits something, so
 * they need not poll the store in a tight loop. Another control-plane process's writes are not
 * signalled here; followers therefore also re-read on a short timeout.
 */
public final class StoreSignals {

    private long generation;

    public synchronized void changed() {
        generation++;
        notifyAll();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Waits until something changed after {@code seen}, or {@code max} passed. */
    public synchronized void awaitChange(long seen, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (generation == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}

package dev.appaloft.api.runtime.probe;

/**
 * Checks whether a server can be reached and used, step by step, without changing it. One
 * implementation per way of reaching servers (SSH today); the connectivity operations call it.
 */
public interface ServerProbe {

    /** Runs every step it can; a step that cannot run because an earlier one failed is skipped. */
    ProbeReport probe(ProbeTarget target);
}

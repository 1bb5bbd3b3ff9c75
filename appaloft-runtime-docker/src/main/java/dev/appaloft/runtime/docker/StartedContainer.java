package dev.appaloft.runtime.docker;

import java.util.OptionalInt;

/**
 * A container that was created and started.
 *
 * @param hostPort the published host port (the one the engine chose when asked for 0), if any
 */
public record StartedContainer(String id, String name, OptionalInt hostPort) {}

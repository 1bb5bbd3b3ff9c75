package dev.appaloft.api.runtime;

import java.util.Objects;

/**
 * Storage mounted into an instance.
 *
 * @param source the name of a volume of the runtime ({@link RuntimeVolumes}), or an absolute host path when {@code hostPath}
 * @param target the absolute path inside the instance
 */
public record VolumeMount(String source, String target, boolean readOnly, boolean hostPath) {

    public VolumeMount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("a mount target must be an absolute path: " + target);
        }
        if (hostPath && !source.startsWith("/")) {
            throw new IllegalArgumentException("a host path must be absolute: " + source);
        }
    }

    public static VolumeMount volume(String name, String target, boolean readOnly) {
        return new VolumeMount(name, target, readOnly, false);
    }
}

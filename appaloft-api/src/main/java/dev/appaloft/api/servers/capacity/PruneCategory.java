package dev.appaloft.api.servers.capacity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** What a prune may look at. The first three are the default; the rest must be asked for. */
public enum PruneCategory {
    STOPPED_CONTAINERS, PREVIEW_WORKSPACES, SOURCE_WORKSPACES, DOCKER_BUILD_CACHE, UNUSED_IMAGES, REMOTE_STATE_MARKERS;

    /** A manual prune's categories when none are given. */
    public static final List<PruneCategory> PRUNE_DEFAULTS = List.of(STOPPED_CONTAINERS, PREVIEW_WORKSPACES,
            SOURCE_WORKSPACES);
    /** A scheduled policy's categories when none are given. */
    public static final List<PruneCategory> POLICY_DEFAULTS = List.of(STOPPED_CONTAINERS);

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static PruneCategory fromWire(String value) {
        for (PruneCategory category : values()) {
            if (category.wire().equals(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown prune category: " + value);
    }
}

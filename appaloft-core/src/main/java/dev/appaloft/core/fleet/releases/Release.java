package dev.appaloft.core.fleet.releases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.fleet.GitMetadata;
import dev.appaloft.api.fleet.Platform;
import dev.appaloft.api.fleet.ReleaseInfo;
import dev.appaloft.api.fleet.ReleaseView;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable release: one stack per platform it was published for (every platform given is
 * kept, unlike the original, which kept the first). It applies to the deployments of those
 * platforms.
 */
public record Release(String id, String organizationId, JsonNode stacks, GitMetadata gitMetadata, Instant createdAt) {

    public Set<Platform> platforms() {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (Iterator<String> it = stacks.fieldNames(); it.hasNext(); ) {
            platforms.add(Platform.fromWire(it.next()));
        }
        return platforms;
    }

    public boolean appliesTo(Platform platform) {
        return stacks.has(platform.wire());
    }

    public JsonNode stackFor(Platform platform) {
        return stacks.get(platform.wire());
    }

    /** The release as a worker on {@code platform} sees it; null when it has no stack for it. */
    public ReleaseInfo infoFor(Platform platform) {
        JsonNode stack = stackFor(platform);
        return stack == null ? null : ReleaseInfo.of(id, stack);
    }

    public ReleaseView view() {
        return new ReleaseView(id, stacks.deepCopy(), gitMetadata, Timestamps.format(createdAt));
    }
}

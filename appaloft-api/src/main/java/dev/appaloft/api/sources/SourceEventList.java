package dev.appaloft.api.sources;

import java.util.List;

/** {@code sourceEvents.list}: newest first; {@code nextCursor} continues. */
public record SourceEventList(List<SourceEventSummary> items, String nextCursor, String generatedAt) {
}

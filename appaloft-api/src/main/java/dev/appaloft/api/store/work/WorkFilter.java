package dev.appaloft.api.store.work;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which work items to list, newest first on (createdAt, id). Empty sets and maps and null fields do
 * not filter; {@code retried} tells pending items waiting for a retry from fresh ones. {@code afterCreatedAt}/{@code afterId} continue after the last item of a previous page;
 * {@link WorkQueue#count} ignores them and the limit.
 */
public record WorkFilter(
        Set<String> kinds,
        Set<WorkStatus> statuses,
        String organizationId,
        Map<String, String> references,
        Boolean retried,
        Instant createdBefore,
        Instant afterCreatedAt,
        String afterId,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public WorkFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        kinds.forEach(WorkTexts::requireKind);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (organizationId != null) {
            WorkTexts.requireSafeId(organizationId, "organizationId");
        }
        references = references == null ? Map.of() : Map.copyOf(references);
        references.forEach((key, value) -> {
            WorkTexts.requireReferenceKey(key);
            WorkTexts.requireSafeId(value, "referenceValue");
        });
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor needs both afterCreatedAt and afterId");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
    }

    /** Every item, the first {@link #DEFAULT_LIMIT}. */
    public static WorkFilter all() {
        return new WorkFilter(Set.of(), Set.of(), null, Map.of(), null, null, null, null, DEFAULT_LIMIT);
    }

    public WorkFilter kinds(Set<String> values) {
        return new WorkFilter(values, statuses, organizationId, references, retried, createdBefore,
                afterCreatedAt, afterId, limit);
    }

    public WorkFilter statuses(Set<WorkStatus> values) {
        return new WorkFilter(kinds, values, organizationId, references, retried, createdBefore,
                afterCreatedAt, afterId, limit);
    }

    public WorkFilter organizationId(String value) {
        return new WorkFilter(kinds, statuses, value, references, retried, createdBefore, afterCreatedAt,
                afterId, limit);
    }

    /** Only items whose references map {@code key} to {@code value} (with every other reference asked for). */
    public WorkFilter reference(String key, String value) {
        Map<String, String> next = new java.util.TreeMap<>(references);
        next.put(key, value);
        return new WorkFilter(kinds, statuses, organizationId, next, retried, createdBefore, afterCreatedAt, afterId,
                limit);
    }

    /** Only items that were ({@code true}) or were not ({@code false}) attempted before; null: either. */
    public WorkFilter retried(Boolean value) {
        return new WorkFilter(kinds, statuses, organizationId, references, value, createdBefore, afterCreatedAt,
                afterId, limit);
    }

    /** Only items created strictly before {@code at}. */
    public WorkFilter createdBefore(Instant at) {
        return new WorkFilter(kinds, statuses, organizationId, references, retried, at, afterCreatedAt,
                afterId, limit);
    }

    /** The page after {@code last}, the final item of the previous page. */
    public WorkFilter after(WorkItem last) {
        Objects.requireNonNull(last, "last");
        return new WorkFilter(kinds, statuses, organizationId, references, retried, createdBefore,
                last.createdAt(), last.id(), limit);
    }

    public WorkFilter limit(int max) {
        return new WorkFilter(kinds, statuses, organizationId, references, retried, createdBefore,
                afterCreatedAt, afterId, max);
    }
}

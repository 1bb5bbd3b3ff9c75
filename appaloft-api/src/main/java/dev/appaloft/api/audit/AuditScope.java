package dev.appaloft.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an archive or a legal hold covers: {@code aggregate} (one aggregate's events, optionally
 * within {@code [from, to)}) or {@code global-window} (every event in {@code [from, to)}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditScope(String kind, String aggregateId, String from, String to) {

    public static final String AGGREGATE = "aggregate";
    public static final String GLOBAL_WINDOW = "global-window";
}

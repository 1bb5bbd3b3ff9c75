package dev.appaloft.api.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How long samples are kept at full resolution, and the span the store holds now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RetentionInfo(double rawRetentionHours, String retainedFrom, String retainedTo) {
}

package dev.appaloft.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One capability of a provider or plugin, and whether this instance has it switched on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapabilityDetail(String key, String title, boolean enabled, String description) {
}

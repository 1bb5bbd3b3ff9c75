package dev.appaloft.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An extension of this instance; kind {@code system-extension} (built in) or {@code user-extension}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plugin(String name, String displayName, String description, String version, String kind,
                     List<String> capabilities, List<CapabilityDetail> capabilityDetails, boolean compatible,
                     ExtensionConfiguration configuration) {
}

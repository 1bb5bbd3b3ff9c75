package dev.appaloft.api.sources;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.appaloft.api.common.HeadersOnly;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest did. The spec's 202 carries no body, so over HTTP it is answered as headers:
 * {@code Appaloft-Source-Event-Id} (absent for a GitHub {@code ping}, which records nothing) and
 * {@code Appaloft-Source-Event-Status}.
 */
public record SourceEventIngested(String sourceEventId, SourceEventStatus status, List<String> matchedResourceIds,
                                  List<String> createdDeploymentIds, List<SourceEventIgnoredReason> ignoredReasons,
                                  String dedupeOfSourceEventId) implements HeadersOnly {

    public static final String ID_HEADER = "Appaloft-Source-Event-Id";
    public static final String STATUS_HEADER = "Appaloft-Source-Event-Status";

    @Override
    @JsonIgnore
    public Map<String, String> responseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (sourceEventId != null) {
            headers.put(ID_HEADER, sourceEventId);
        }
        headers.put(STATUS_HEADER, status.wire());
        return headers;
    }
}

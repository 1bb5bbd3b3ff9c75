package dev.appaloft.api.extensions;

import java.util.Map;

public record UsageIntentRecorded(Result result) {

    public record Result(String idempotencyKey, String capabilityKey, boolean accepted, boolean duplicate, String status,
                         String reason, String source, UsageIntentRecord record, Map<String, Object> details) {
    }
}

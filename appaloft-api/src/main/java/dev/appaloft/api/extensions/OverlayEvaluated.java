package dev.appaloft.api.extensions;

import java.util.Map;

public record OverlayEvaluated(Result result) {

    public record Result(String operationKey, String decision, boolean allowed, String reason, String source,
                         String surfaceKind, OverlayDecision record, Map<String, Object> details) {
    }
}

package dev.appaloft.api.extensions;

import java.util.List;
import java.util.Map;

/** status {@code entitled|not_entitled|unknown}, mode {@code restricted|unrestricted|unknown}. */
public record EntitlementAnswers(List<Answer> entitlements) {

    public record Answer(String capabilityKey, boolean entitled, String status, String mode, String hint,
                         String reason, String source, Map<String, Object> details) {
    }
}

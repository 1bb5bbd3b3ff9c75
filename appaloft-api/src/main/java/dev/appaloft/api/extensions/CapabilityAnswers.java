package dev.appaloft.api.extensions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

public record CapabilityAnswers(List<Answer> capabilities) {

    public enum Mode {
        UNRESTRICTED, CONSTRAINED, DENIED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Answer(String operationKey, boolean allowed, Mode mode, String hint, String reason,
                         Map<String, Object> details) {
    }
}

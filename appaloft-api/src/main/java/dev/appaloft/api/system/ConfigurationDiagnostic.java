package dev.appaloft.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Why a provider or plugin is not (fully) configured: a stable code, severity {@code info|warning|error}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigurationDiagnostic(String code, String severity, String message, String documentationHref) {

    public static ConfigurationDiagnostic of(String code, String severity, String message) {
        return new ConfigurationDiagnostic(code, severity, message, null);
    }
}

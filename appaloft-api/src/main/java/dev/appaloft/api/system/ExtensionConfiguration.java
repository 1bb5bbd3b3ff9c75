package dev.appaloft.api.system;

import java.util.List;

/** Configuration state: {@code configured|not-configured|partial|unknown}, with the diagnostics behind it. */
public record ExtensionConfiguration(String status, List<ConfigurationDiagnostic> diagnostics) {

    public static ExtensionConfiguration configured() {
        return new ExtensionConfiguration("configured", List.of());
    }

    public static ExtensionConfiguration of(String status, ConfigurationDiagnostic... diagnostics) {
        return new ExtensionConfiguration(status, List.of(diagnostics));
    }
}

package dev.appaloft.api.sources;

import java.util.List;

/** {@code integrations.list}: the source integrations this instance knows and whether each is configured. */
public record IntegrationList(List<Integration> items) {

    public record Integration(String key, String title, List<String> capabilities, String defaultConnectionModeKey,
                              List<ConnectionMode> connectionModes, Setup setup, Configuration configuration) {
    }

    public record ConnectionMode(String key, String title, String audience, String externalSetup,
                                 boolean createsExternalResources, boolean secretMaterialRequired, String description) {
    }

    public record Setup(ProviderApp providerApp) {
    }

    public record ProviderApp(String installUrl, String callbackUrl, String webhookUrl) {
    }

    public record Configuration(String status, List<Diagnostic> diagnostics) {
    }

    public record Diagnostic(String code, String severity, String message, String documentationHref) {
    }
}

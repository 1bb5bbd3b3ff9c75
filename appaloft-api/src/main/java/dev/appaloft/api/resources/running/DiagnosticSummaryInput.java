package dev.appaloft.api.resources.running;

/**
 * {@code resources.diagnosticSummary}: a support-safe summary of one resource (and one deployment:
 * {@code deploymentId}, default the newest), with log tails of {@code tailLines} (0..50, default 20).
 * The include flags default to true.
 *
 * @param observationFrom echoed as the summary's observation window, with {@code observationTo}
 */
public record DiagnosticSummaryInput(String resourceId, String deploymentId, String observationFrom,
                                     String observationTo, Boolean includeDeploymentLogTail,
                                     Boolean includeRuntimeLogTail, Boolean includeProxyConfiguration,
                                     Integer tailLines, String locale) {

    public static DiagnosticSummaryInput of(String resourceId) {
        return new DiagnosticSummaryInput(resourceId, null, null, null, null, null, null, null, null);
    }
}

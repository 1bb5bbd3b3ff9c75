package dev.appaloft.api.resources;

/** {@code resources.show}; the include flags ask for sections that need deployment history. */
public record ShowResourceInput(String resourceId, Boolean includeLatestDeployment, Boolean includeAccessSummary,
                                Boolean includeProfileDiagnostics) {

    public static ShowResourceInput of(String resourceId) {
        return new ShowResourceInput(resourceId, null, null, null);
    }
}

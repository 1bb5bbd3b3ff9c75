package dev.appaloft.api.dependencies;

/**
 * {@code resources.dependencyBindings.bind}: the resource's next deployments receive the database's
 * connection URL as the secret variable {@code targetName} (e.g. {@code DATABASE_URL}).
 *
 * @param scope {@code runtime-only} (default), {@code environment}, {@code release} or {@code build-only}
 * @param injectionMode {@code env} (default), {@code file} or {@code reference}
 */
public record BindDependencyInput(String resourceId, String dependencyResourceId, String targetName, String scope,
                                  String injectionMode) {

    public static BindDependencyInput of(String resourceId, String dependencyResourceId, String targetName) {
        return new BindDependencyInput(resourceId, dependencyResourceId, targetName, null, null);
    }
}

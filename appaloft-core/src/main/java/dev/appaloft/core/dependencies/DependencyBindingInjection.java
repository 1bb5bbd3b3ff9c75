package dev.appaloft.core.dependencies;

import dev.appaloft.api.store.StoreReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The variables a deployment's container receives from the resource's active bindings: each
 * target name set to its database's connection URL with the current password. They are secrets:
 * the deployment hands them to the container only, and masks them in its log.
 */
public final class DependencyBindingInjection {

    private DependencyBindingInjection() {
    }

    /** The variables, and every secret they carry (URLs and bare passwords) for the log's masking. */
    public record Injected(Map<String, String> variables, java.util.List<String> secrets) {
    }

    /** @param open opens a sealed secret */
    public static Injected variables(StoreReader r, String organizationId, String resourceId,
                                     UnaryOperator<String> open) {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.List<String> secrets = new java.util.ArrayList<>();
        for (DependencyBinding b : DependencyRepository.activeBindings(r, organizationId,
                dev.appaloft.api.store.IndexFields.RESOURCE_ID, resourceId)) {
            DependencyRepository.RESOURCES.findIn(r, organizationId, b.dependencyResourceId())
                    .map(v -> v.value()).filter(d -> !d.isDeleted())
                    .ifPresent(d -> {
                        String sealed = d.credentials().sealedPassword();
                        String password = sealed == null ? null : open.apply(sealed); // an import may have none
                        String url = DependencyViews.url(d, password);
                        out.put(b.targetName(), url);
                        secrets.add(url);
                        if (password != null) {
                            secrets.add(password);
                        }
                    });
        }
        return new Injected(out, secrets);
    }
}

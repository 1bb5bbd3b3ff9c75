package dev.appaloft.core.tasks;

import dev.appaloft.api.runtime.NetworkAttachment;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.Precedence;
import dev.appaloft.core.dependencies.DependencyBindingInjection;
import dev.appaloft.core.dependencies.DependencyNetworks;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.secrets.SecretBox;
import dev.appaloft.core.secrets.SecretMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a task's container gets from the resource's current deployment: the same runtime
 * variables (secrets opened), {@code PORT}, the database bindings as they are now and the
 * network those databases answer on, so a task sees what the app sees. The mask hides every
 * secret value in what the run records.
 */
record TaskEnvironment(Map<String, String> variables, NetworkAttachment network, SecretMask mask) {

    static TaskEnvironment of(StoreReader r, Deployment deployment, SecretBox secrets) {
        List<ConfigEntry> effective = Precedence.effective(deployment.snapshot().variables());
        Map<String, String> variables = new LinkedHashMap<>();
        List<String> hidden = new ArrayList<>();
        for (ConfigEntry e : effective) {
            if (e.exposure() == VariableExposure.RUNTIME) {
                String value = e.isSecret() ? secrets.open(e.value()) : e.value();
                variables.put(e.key(), value);
                if (e.isSecret()) {
                    hidden.add(value);
                }
            }
        }
        variables.putIfAbsent("PORT", String.valueOf(deployment.plan().internalPort()));
        DependencyBindingInjection.Injected bound = DependencyBindingInjection.variables(r,
                deployment.organizationId(), deployment.resourceId(), secrets::open);
        variables.putAll(bound.variables());
        hidden.addAll(bound.secrets());
        NetworkAttachment network = DependencyNetworks.forApp(r, deployment.organizationId(),
                deployment.environmentId(), deployment.serverId()).orElse(null);
        return new TaskEnvironment(variables, network, SecretMask.of(hidden));
    }
}

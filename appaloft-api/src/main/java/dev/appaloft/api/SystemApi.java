package dev.appaloft.api;

import static dev.appaloft.api.catalog.GovernanceOperations.*;

import dev.appaloft.api.system.*;

/** {@code providers.list}, {@code plugins.list}, {@code system.doctor} and the instance upgrade: what this instance is made of. */
public final class SystemApi {

    private final OperationExecutor executor;

    public SystemApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public ProviderList providers() {
        return executor.execute(PROVIDERS_LIST, new ListProvidersInput());
    }

    public PluginList plugins() {
        return executor.execute(PLUGINS_LIST, new ListPluginsInput());
    }

    public DoctorReport doctor() {
        return executor.execute(SYSTEM_DOCTOR, new DoctorInput());
    }

    public InstanceUpgradeCheck checkUpgrade() {
        return executor.execute(SYSTEM_INSTANCE_UPGRADE_CHECK, new CheckInstanceUpgradeInput());
    }

    public InstanceUpgradeApplied applyUpgrade() {
        return executor.execute(SYSTEM_INSTANCE_UPGRADE_APPLY, new ApplyInstanceUpgradeInput());
    }
}

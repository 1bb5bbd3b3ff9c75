package dev.appaloft.core.system;

import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.system.CapabilityDetail;
import dev.appaloft.api.system.ConfigurationDiagnostic;
import dev.appaloft.api.system.ExtensionConfiguration;
import dev.appaloft.api.system.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The providers of an engine: its runtimes (deploy targets) and its edge proxies and access domain. */
final class ProviderCatalog {

    static final String DEPLOY_TARGET = "deploy-target";
    static final String INFRA_SERVICE = "infra-service";

    private ProviderCatalog() {
    }

    static List<Provider> of(SystemInventory inventory) {
        return of(inventory, false);
    }

    /** With {@code probe}, each local runtime's host is read (the doctor's checks: engine, disks). */
    static List<Provider> of(SystemInventory inventory, boolean probe) {
        List<Provider> out = new ArrayList<>();
        new TreeMap<>(inventory.runtimes()).forEach((key, runtime) -> out.add(probe ? RuntimeProbe.probed(
                local(key, runtime), runtime) : local(key, runtime)));
        inventory.remoteProviderKeys().stream().sorted().forEach(key -> out.add(remote(key)));
        new TreeMap<>(inventory.proxies()).forEach((key, proxy) -> out.add(proxy(key, proxy)));
        out.add(accessDomain(inventory.accessBaseDomain()));
        return out;
    }

    private static Provider local(String key, DeploymentRuntime runtime) {
        List<CapabilityDetail> details = new ArrayList<>(List.of(
                detail("deploy", "Build, start, health-check and switch deployments", true),
                detail("runtime-logs", "Read and follow the logs of running instances", true),
                detail("health-probe", "Probe running instances", true),
                detail("capacity", "Disk, memory, CPU and Docker usage of the host", runtime.capacity().isPresent()),
                detail("storage-volumes", "Named volumes of resources", runtime.volumes().isPresent())));
        return provider(key, "Runtime on this control plane's host (" + key + ")", DEPLOY_TARGET, details,
                ExtensionConfiguration.configured());
    }

    private static Provider remote(String key) {
        List<CapabilityDetail> details = List.of(
                detail("deploy", "Deploy to servers reached over SSH, with Docker on them", true),
                detail("connectivity-test", "Test a server's SSH connection and Docker", true),
                detail("runtime-logs", "Read and follow the logs of running instances", true),
                detail("capacity", "Disk, memory, CPU and Docker usage of each server", true),
                detail("terminal", "Shells on servers and in containers", true));
        return provider(key, "Servers over SSH (" + key + ")", DEPLOY_TARGET, details, ExtensionConfiguration.configured());
    }

    private static Provider proxy(String providerKey, EdgeProxy proxy) {
        List<CapabilityDetail> details = List.of(
                detail("routes", "Stable URLs for exposed resources, switched to each new instance once healthy", true),
                detail("domain-bindings", "Custom domains routed to resources", true));
        return provider("edge-proxy-" + proxy.kind(), "Edge proxy " + proxy.kind() + " of " + providerKey + " servers",
                INFRA_SERVICE, details, ExtensionConfiguration.configured());
    }

    private static Provider accessDomain(String baseDomain) {
        List<CapabilityDetail> details = List.of(detail("default-access-url",
                "Each exposed resource gets a URL under " + baseDomain, true));
        ExtensionConfiguration configuration = baseDomain.equals("localhost") || baseDomain.endsWith(".localhost")
                ? ExtensionConfiguration.of("partial", ConfigurationDiagnostic.of("default-access-local-only", "info",
                "default access URLs are under " + baseDomain + ", reachable from this host only; configure a public "
                        + "base domain for URLs others can open"))
                : ExtensionConfiguration.configured();
        return provider("default-access-domain", "Default access domain", INFRA_SERVICE, details, configuration);
    }

    static Provider provider(String key, String title, String category, List<CapabilityDetail> details,
                             ExtensionConfiguration configuration) {
        return new Provider(key, title, category, enabledKeys(details), details, configuration);
    }

    static List<String> enabledKeys(List<CapabilityDetail> details) {
        return details.stream().filter(CapabilityDetail::enabled).map(CapabilityDetail::key).toList();
    }

    static CapabilityDetail detail(String key, String title, boolean enabled) {
        return new CapabilityDetail(key, title, enabled, null);
    }
}

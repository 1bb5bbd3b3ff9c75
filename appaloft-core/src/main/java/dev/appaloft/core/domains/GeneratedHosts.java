package dev.appaloft.core.domains;

import dev.appaloft.api.domains.AccessPolicyScope;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.util.Locale;
import java.util.Optional;

/**
 * The generated host name of a resource on a server, as the default access policy that applies
 * there says: the server's own policy, else the organization's system one, else the engine's
 * default ({@code <resource>-<environment>.<base domain>}). Empty when generated access is disabled
 * or the provider cannot make a name for this server (sslip without an IPv4 host).
 */
public final class GeneratedHosts {

    /** The provider keys {@code mode provider} knows. */
    public static final String LOCAL = "local";
    public static final String SSLIP = "sslip";

    private final String baseDomain;

    public GeneratedHosts(String baseDomain) {
        this.baseDomain = baseDomain;
    }

    /** The host name and the policy's provider key (null for the engine's default). */
    public record Host(String name, String providerKey) {
    }

    public Optional<Host> host(StoreReader reader, String organizationId, String serverId, String resourceSlug,
                               String environmentSlug) {
        Optional<DefaultAccessPolicyRecord> policy = effective(reader, organizationId, serverId);
        if (policy.isEmpty()) {
            return Optional.of(new Host(resourceSlug + "-" + environmentSlug + "." + baseDomain, null));
        }
        DefaultAccessPolicyRecord p = policy.get();
        return switch (p.mode()) {
            case "disabled" -> Optional.empty();
            case "custom-template" -> Optional.of(new Host(template(p.templateRef(), resourceSlug, environmentSlug,
                    serverId), p.providerKey()));
            default -> provider(reader, organizationId, serverId, p.providerKey(), resourceSlug, environmentSlug)
                    .map(name -> new Host(name, p.providerKey() == null ? LOCAL : p.providerKey()));
        };
    }

    static Optional<DefaultAccessPolicyRecord> effective(StoreReader reader, String organizationId, String serverId) {
        if (serverId != null) {
            Optional<DefaultAccessPolicyRecord> own = find(reader, organizationId, AccessPolicyScope.DEPLOYMENT_TARGET, serverId);
            if (own.isPresent()) {
                return own;
            }
        }
        return find(reader, organizationId, AccessPolicyScope.SYSTEM, null);
    }

    static Optional<DefaultAccessPolicyRecord> find(StoreReader reader, String organizationId, String kind, String serverId) {
        return DefaultAccessPolicyHandlers.POLICIES.values(reader, DocumentQuery.where(DocumentIndex
                .ofOrganization(organizationId).with("scope", kind).with(IndexFields.SERVER_ID, serverId)))
                .stream().filter(p -> java.util.Objects.equals(p.serverId(), serverId)).findFirst();
    }

    private Optional<String> provider(StoreReader reader, String organizationId, String serverId, String providerKey,
                                      String resource, String environment) {
        if (providerKey == null || providerKey.equals(LOCAL)) {
            return Optional.of(resource + "-" + environment + "." + baseDomain);
        }
        // sslip: <resource>-<environment>.<IPv4>.sslip.io, for a server with an IPv4 host
        String host = serverId == null ? null : ServerRepository.find(reader, organizationId, serverId)
                .map(v -> v.value()).map(Server::host).orElse(null);
        if (host == null || !host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        return Optional.of(resource + "-" + environment + "." + host + ".sslip.io");
    }

    /**
     * A base domain ({@code apps.example.com}, {@code *.apps.example.com}) gets
     * {@code <resource>-<environment>.} in front; a template has its placeholders filled.
     */
    static String template(String ref, String resource, String environment, String serverId) {
        String t = ref.toLowerCase(Locale.ROOT);
        if (!t.contains("{")) {
            return resource + "-" + environment + "." + (t.startsWith("*.") ? t.substring(2) : t);
        }
        return t.replace("{resource}", resource).replace("{environment}", environment)
                .replace("{server}", serverId == null ? "server" : serverId.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

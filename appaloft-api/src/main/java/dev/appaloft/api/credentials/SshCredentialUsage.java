package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.appaloft.api.servers.ServerLifecycleStatus;
import java.util.List;

/** The servers (active and inactive; deleted ones are gone) that use a credential. */
public record SshCredentialUsage(long totalServers, long activeServers, long inactiveServers, List<Server> servers) {

    /** One server that uses the credential, with the user name it logs in as (when one is set). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Server(String serverId, String serverName, ServerLifecycleStatus lifecycleStatus, String providerKey,
                         String host, String username) {
    }

    public static SshCredentialUsage of(List<Server> servers) {
        long active = servers.stream().filter(s -> s.lifecycleStatus() == ServerLifecycleStatus.ACTIVE).count();
        return new SshCredentialUsage(servers.size(), active, servers.size() - active, List.copyOf(servers));
    }
}

package dev.appaloft.core.servers;

import dev.appaloft.api.servers.ServerView;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.credentials.SshCredential;
import dev.appaloft.core.credentials.SshCredentialRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Servers as reads show them, with the names of the reusable credentials they use (one read for all). */
final class ServerViews {

    private ServerViews() {
    }

    static List<ServerView> of(StoreReader reader, String organizationId, List<Server> servers) {
        Set<String> credentialIds = servers.stream().map(Server::credentialId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, SshCredential> credentials = credentialIds.isEmpty() ? Map.of()
                : SshCredentialRepository.byId(reader, organizationId, credentialIds);
        return servers.stream().map(s -> s.view(s.credentialId() == null ? null : credentials.get(s.credentialId())))
                .toList();
    }
}

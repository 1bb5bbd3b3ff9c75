package dev.appaloft.core.servers;

import dev.appaloft.api.credentials.SshCredentialUsage;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.credentials.CredentialUsage;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The servers that use reusable credentials, found through their indexed {@code credential_id}. */
public final class ServerCredentialUsage implements CredentialUsage {

    @Override
    public Map<String, List<SshCredentialUsage.Server>> servers(StoreReader reader, String organizationId,
                                                                Collection<String> credentialIds) {
        return ServerRepository.usingCredentials(reader, organizationId, credentialIds).stream()
                .collect(Collectors.groupingBy(Server::credentialId, LinkedHashMap::new, Collectors.mapping(
                        s -> new SshCredentialUsage.Server(s.id(), s.name(), s.lifecycleStatus(), s.providerKey(),
                                s.host(), s.credential().username()), Collectors.toList())));
    }
}

package dev.appaloft.core.credentials;

import dev.appaloft.api.credentials.SshCredentialUsage;
import dev.appaloft.api.store.StoreReader;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which servers log in with which reusable credentials. The servers slice answers it (servers
 * refer to credentials, not the other way round); usage, delete and rotate all read it here.
 */
public interface CredentialUsage {

    /**
     * The organization's visible (active and inactive) servers that use these credentials, by
     * credential id; a server's {@code username} is its own override, or null.
     */
    Map<String, List<SshCredentialUsage.Server>> servers(StoreReader reader, String organizationId,
                                                         Collection<String> credentialIds);
}

package dev.appaloft.core.servers;

import java.util.Set;

/**
 * The provider keys a server may be registered with. {@code local-shell} and {@code generic-ssh}
 * are the original's; the cloud keys are accepted by the model, but work on such a server answers
 * {@code provider_not_configured} until a provider module exists.
 */
public final class ServerProviders {

    public static final String LOCAL_SHELL = "local-shell";
    public static final String GENERIC_SSH = "generic-ssh";
    public static final Set<String> KNOWN = Set.of(LOCAL_SHELL, GENERIC_SSH, "docker-swarm", "aliyun", "tencent");

    private ServerProviders() {
    }
}

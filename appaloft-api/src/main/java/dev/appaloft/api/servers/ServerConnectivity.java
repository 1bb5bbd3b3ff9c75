package dev.appaloft.api.servers;

import java.util.List;
import java.util.Map;

/**
 * What a connectivity test found: {@code healthy}, {@code degraded} (reachable, but something a
 * deployment needs is missing) or {@code unreachable}, and each step with its time. A failed
 * step's message says what to do about it.
 */
public record ServerConnectivity(String serverId, String name, String host, long port, String providerKey,
                                 String checkedAt, String status, List<Check> checks) {

    public record Check(String name, String status, String message, long durationMs, Map<String, String> metadata) {
    }
}

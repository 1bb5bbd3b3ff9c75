package dev.appaloft.core.servers;

import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import java.time.Instant;

/**
 * How a server's edge proxy is set up beyond its kind and status: the ports it was configured
 * with (null: the defaults, 80 for traffic and 2019 for Caddy's admin API) and its last bootstrap
 * attempt (id, when it started, the last success, the last failure's code and message). Servers
 * saved before it existed have none: the defaults, never attempted.
 */
public record EdgeProxySetup(Integer httpPort, Integer adminPort, String lastAttemptId, Instant lastAttemptAt,
                             Instant lastSucceededAt, String lastErrorCode, String lastErrorMessage) {

    static final EdgeProxySetup DEFAULTS = new EdgeProxySetup(null, null, null, null, null, null, null);

    public int effectiveHttpPort() {
        return httpPort == null ? EdgeProxySettings.DEFAULT_HTTP_PORT : httpPort;
    }

    public int effectiveAdminPort() {
        return adminPort == null ? EdgeProxySettings.DEFAULT_ADMIN_PORT : adminPort;
    }

    EdgeProxySetup withPorts(Integer http, Integer admin) {
        return new EdgeProxySetup(http, admin, lastAttemptId, lastAttemptAt, lastSucceededAt, lastErrorCode,
                lastErrorMessage);
    }

    /** A new attempt: the previous one's error stays until this one ends (the history is the event stream). */
    EdgeProxySetup attempt(String attemptId, Instant at) {
        return new EdgeProxySetup(httpPort, adminPort, attemptId, at, lastSucceededAt, lastErrorCode, lastErrorMessage);
    }

    EdgeProxySetup succeeded(Instant at) {
        return new EdgeProxySetup(httpPort, adminPort, lastAttemptId, lastAttemptAt, at, null, null);
    }

    EdgeProxySetup failed(String code, String message) {
        return new EdgeProxySetup(httpPort, adminPort, lastAttemptId, lastAttemptAt, lastSucceededAt, code, message);
    }
}

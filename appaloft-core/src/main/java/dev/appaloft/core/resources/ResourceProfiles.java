package dev.appaloft.core.resources;

import dev.appaloft.api.resources.AccessProfile;
import dev.appaloft.api.resources.HealthCheck;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.core.internal.Validation;
import java.util.List;

/**
 * Checks the profiles a user sends and fills in their defaults, so stored profiles are complete
 * and reads show what a deployment will actually use.
 */
final class ResourceProfiles {

    static final long DEFAULT_INTERVAL = 5;
    static final long DEFAULT_TIMEOUT = 5;
    static final long DEFAULT_RETRIES = 10;
    static final long DEFAULT_START_PERIOD = 5;
    private static final int MAX_COMMAND = 4096;

    private ResourceProfiles() {
    }

    static RuntimeProfile runtime(Validation v, String field, RuntimeProfile in) {
        if (in == null) {
            return RuntimeProfile.strategy(RuntimeProfile.Strategy.AUTO);
        }
        RuntimeProfile.Strategy strategy = in.strategy() == null ? RuntimeProfile.Strategy.AUTO : in.strategy();
        if (strategy == RuntimeProfile.Strategy.STATIC) {
            v.check(in.publishDirectory() != null, List.of(field, "publishDirectory"),
                    "the static strategy needs the folder to publish");
        }
        for (String command : new String[] {in.installCommand(), in.buildCommand(), in.startCommand()}) {
            v.check(command == null || command.length() <= MAX_COMMAND, field, "commands are at most " + MAX_COMMAND
                    + " characters");
        }
        for (String path : new String[] {in.publishDirectory(), in.dockerfilePath(), in.dockerComposeFilePath()}) {
            v.check(path == null || SourceRules.isSafeRelativePath(path), field,
                    "paths must stay inside the source: relative, without '..'");
        }
        if (in.healthCheckPath() != null) {
            v.check(in.healthCheckPath().startsWith("/"), List.of(field, "healthCheckPath"), "the path must start with '/'");
        }
        HealthCheck health = in.healthCheck() == null ? null : health(v, field + ".healthCheck", in.healthCheck());
        return new RuntimeProfile(strategy, in.installCommand(), in.buildCommand(), in.startCommand(), in.runtimeName(),
                in.publishDirectory(), in.dockerfilePath(), in.dockerComposeFilePath(), in.buildTarget(),
                in.healthCheckPath(), health);
    }

    static NetworkProfile network(Validation v, String field, NetworkProfile in) {
        if (in == null) {
            return null;
        }
        v.check(in.internalPort() != null && in.internalPort() >= 1 && in.internalPort() <= 65_535,
                List.of(field, "internalPort"), "internalPort must be a port number (1-65535)");
        NetworkProfile.ExposureMode exposure = in.exposureMode() == null
                ? NetworkProfile.ExposureMode.REVERSE_PROXY : in.exposureMode();
        if (in.hostPort() != null) {
            v.check(exposure == NetworkProfile.ExposureMode.DIRECT_PORT, List.of(field, "hostPort"),
                    "hostPort only applies to exposureMode direct-port");
            v.check(in.hostPort() >= 1 && in.hostPort() <= 65_535, List.of(field, "hostPort"),
                    "hostPort must be a port number (1-65535)");
        }
        return new NetworkProfile(in.internalPort(),
                in.upstreamProtocol() == null ? NetworkProfile.UpstreamProtocol.HTTP : in.upstreamProtocol(),
                exposure, in.targetServiceName(), in.hostPort());
    }

    static AccessProfile access(Validation v, String field, AccessProfile in) {
        if (in == null) {
            return null;
        }
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        v.check(prefix.startsWith("/") && !prefix.contains("..") && !prefix.contains(" "),
                List.of(field, "pathPrefix"), "pathPrefix must start with '/' and contain no spaces or '..'");
        return new AccessProfile(in.generatedAccessMode() == null ? AccessProfile.GeneratedAccessMode.INHERIT
                : in.generatedAccessMode(), prefix);
    }

    /** The health policy with every default filled in. */
    static HealthCheck health(Validation v, String field, HealthCheck in) {
        HealthCheck.Type type = in.type() == null ? HealthCheck.Type.HTTP : in.type();
        v.check(type == HealthCheck.Type.HTTP, List.of(field, "type"), "only http health checks are supported");
        HealthCheck.Http http = in.http() == null ? new HealthCheck.Http(null, null, null, null, null, null, null) : in.http();
        String path = http.path() == null ? "/" : http.path();
        v.check(path.startsWith("/"), List.of(field, "http", "path"), "the path must start with '/'");
        if (http.port() != null) {
            v.check(http.port() >= 1 && http.port() <= 65_535, List.of(field, "http", "port"),
                    "port must be a port number (1-65535)");
        }
        int expected = http.expectedStatusCode() == null ? 200 : http.expectedStatusCode();
        v.check(expected >= 100 && expected <= 599, List.of(field, "http", "expectedStatusCode"),
                "expectedStatusCode must be an HTTP status (100-599)");
        long interval = positive(v, field, "intervalSeconds", in.intervalSeconds(), DEFAULT_INTERVAL);
        long timeout = positive(v, field, "timeoutSeconds", in.timeoutSeconds(), DEFAULT_TIMEOUT);
        long retries = positive(v, field, "retries", in.retries(), DEFAULT_RETRIES);
        long startPeriod = in.startPeriodSeconds() == null ? DEFAULT_START_PERIOD : in.startPeriodSeconds();
        v.check(startPeriod >= 0 && startPeriod <= 3600, List.of(field, "startPeriodSeconds"),
                "startPeriodSeconds must be between 0 and 3600");
        return new HealthCheck(in.enabled() == null || in.enabled(), type, interval, timeout, retries, startPeriod,
                new HealthCheck.Http(http.method() == null ? HealthCheck.Method.GET : http.method(),
                        http.scheme() == null ? HealthCheck.Scheme.HTTP : http.scheme(),
                        http.host() == null ? "localhost" : http.host(), http.port(), path, expected,
                        http.expectedResponseText()));
    }

    // a day is a generous ceiling for any interval; past it a typo, not a policy
    private static long positive(Validation v, String field, String name, Long value, long defaultValue) {
        long resolved = value == null ? defaultValue : value;
        v.check(resolved >= 1 && resolved <= 86_400, List.of(field, name), name + " must be between 1 and 86400");
        return resolved;
    }
}

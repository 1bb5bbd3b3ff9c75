package dev.appaloft.core.monitoring;

import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.MonitoringWindow;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.deployments.DeploymentRepository;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Checks of the scope and window every monitoring operation takes. */
final class Scopes {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    private Scopes() {
    }

    /** The scope normalized, or null with an issue naming the field that is wrong. */
    static MonitoringScope check(Validation v, MonitoringScope scope) {
        if (scope == null || scope.kind() == null) {
            v.required(scope == null ? "scope" : "scope.kind", null);
            return null;
        }
        if (!MonitoringScope.KINDS.contains(scope.kind())) {
            v.check(false, List.of("scope", "kind"), "scope.kind must be one of " + String.join(", ", MonitoringScope.KINDS));
            return null;
        }
        String field = scope.kind() + "Id";
        String id = scope.id();
        if (id == null || id.isBlank()) {
            v.check(false, List.of("scope", field), "scope." + field + " is required when scope.kind is " + scope.kind());
            return null;
        }
        v.check(id.length() <= 200, List.of("scope", field), "scope." + field + " must be at most 200 characters");
        return MonitoringScope.of(scope.kind(), id.strip());
    }

    /** Refuses (404) a scope that is not this organization's. */
    static void requireOwn(StoreReader r, String organizationId, MonitoringScope scope) {
        switch (scope.kind()) {
            case "server" -> ServerRepository.require(r, organizationId, scope.id());
            case "project" -> ProjectRepository.require(r, organizationId, scope.id());
            case "environment" -> EnvironmentRepository.require(r, organizationId, scope.id());
            case "resource" -> ResourceRepository.require(r, organizationId, scope.id());
            default -> DeploymentRepository.require(r, organizationId, scope.id());
        }
    }

    /** [from, to] of a window: the last hour before now by default; at most 31 days. */
    static Instant[] window(Validation v, MonitoringWindow window, Instant now) {
        Instant to = now;
        Instant from = now.minus(DEFAULT_WINDOW);
        if (window != null) {
            Instant f = v.requiredInstant("window.from", window.from());
            Instant t = v.requiredInstant("window.to", window.to());
            if (f != null && t != null) {
                v.check(f.isBefore(t), List.of("window", "from"), "window.from must be before window.to");
                v.check(Duration.between(f, t).compareTo(MAX_WINDOW) <= 0, List.of("window", "to"),
                        "a window spans at most 31 days");
                from = f;
                to = t;
            }
        }
        return new Instant[] {from, to};
    }

    /** The requested signals (all by default), checked. */
    static List<String> signals(Validation v, List<String> signals) {
        if (signals == null || signals.isEmpty()) {
            return Totals.SIGNALS;
        }
        for (String s : signals) {
            v.check(Totals.SIGNALS.contains(s), "signals", "signals may name " + String.join(", ", Totals.SIGNALS));
        }
        return signals.stream().filter(Totals.SIGNALS::contains).distinct().toList();
    }
}

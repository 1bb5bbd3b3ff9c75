package dev.appaloft.core.dependencies;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.DependencyResourceView;
import java.util.ArrayList;
import java.util.List;

/** The read view of a dependency resource: masked connection, realization and what blocks its delete. */
final class DependencyViews {

    static final String MASK = "********";

    private DependencyViews() {
    }

    static DependencyResourceView view(DependencyResource d, long activeBindings) {
        DependencyResource.Credentials c = d.credentials();
        DependencyResourceView.Connection connection = new DependencyResourceView.Connection(c.host(), (long) c.port(),
                c.database(), url(d, c.sealedPassword() == null ? null : MASK), secretRef(d));
        DependencyResource.Realization r = d.realization();
        DependencyResourceView.Realization realization = new DependencyResourceView.Realization(r.status(),
                r.attemptId(), Timestamps.format(r.attemptedAt()), r.handle(),
                r.realizedAt() == null ? null : Timestamps.format(r.realizedAt()), null, null, null);
        boolean missing = d.readbacks().stream().anyMatch(rb -> rb.required() && !"satisfied".equals(rb.status()));
        DependencyResourceView.BindingReadiness readiness = d.isDeleted()
                ? new DependencyResourceView.BindingReadiness("blocked", "the dependency resource is deleted")
                : missing ? new DependencyResourceView.BindingReadiness("blocked", "a required capability is missing")
                : new DependencyResourceView.BindingReadiness("ready", null);
        return new DependencyResourceView(d.id(), d.projectId(), d.environmentId(), d.name(), d.slug(), d.kind(),
                d.isImported() ? "imported-external" : "appaloft-managed", d.providerKey(), !d.isImported(),
                d.description(), d.lifecycleStatus(), connection,
                realization, d.capabilities().stream().map(DependencyViews::withRequired).toList(), d.readbacks(),
                readiness, new DependencyResourceView.Relationship(d.retentionRequired(), d.retentionReason()),
                new DependencyResourceView.DeleteSafety(blockers(d, activeBindings)), Timestamps.format(d.createdAt()),
                d.deletedAt() == null ? null : Timestamps.format(d.deletedAt()));
    }

    /** What refuses a delete now: active bindings and a retention relationship (backups add theirs when they exist). */
    static List<DependencyResourceView.Blocker> blockers(DependencyResource d, long activeBindings) {
        List<DependencyResourceView.Blocker> blockers = new ArrayList<>();
        if (!d.isDeleted() && activeBindings > 0) {
            blockers.add(new DependencyResourceView.Blocker("resource-binding", d.id(), "dependency-resource",
                    activeBindings));
        }
        if (!d.isDeleted() && d.retentionRequired()) {
            blockers.add(new DependencyResourceView.Blocker("backup-relationship", d.id(), "dependency-resource", 1L));
        }
        return blockers;
    }

    /**
     * The connection URL with this password (the real one only for a container's environment;
     * none when an imported database takes no password).
     */
    static String url(DependencyResource d, String password) {
        DependencyResource.Credentials c = d.credentials();
        String secret = password == null ? null : password.equals(MASK) ? MASK
                : java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        if (d.isImported()) {
            return new ExternalConnection(d.external().scheme(), c.host(), c.port(), c.user(), c.database(), null,
                    d.external().query()).url(secret);
        }
        String user = c.user() == null ? "" : c.user();
        return scheme(d) + "://" + user + ":" + secret + "@" + c.host() + ":" + c.port()
                + (c.database() == null ? "" : "/" + c.database());
    }

    /** The reference of the sealed password; none when an imported database has none. */
    static String secretRef(DependencyResource d) {
        return d.credentials().sealedPassword() == null ? null : secretRef(d.id());
    }

    static String secretRef(String id) {
        return "dependency-resource-secret:" + id + ":password";
    }

    static String scheme(DependencyResource d) {
        return switch (d.kind()) {
            case POSTGRES -> "postgres";
            case MYSQL -> "mysql";
            case REDIS -> "redis";
            default -> d.kind().wire();
        };
    }

    private static dev.appaloft.api.dependencies.DependencyCapability withRequired(
            dev.appaloft.api.dependencies.DependencyCapability c) {
        return new dev.appaloft.api.dependencies.DependencyCapability(c.type(), c.name(),
                !Boolean.FALSE.equals(c.required()), c.description());
    }
}

package dev.appaloft.core.domains;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.domains.DomainBindingDeleteCheck;
import dev.appaloft.api.domains.DomainBindingDetail;
import dev.appaloft.api.domains.DomainBindingView;
import dev.appaloft.api.domains.RouteIntentStatus;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.core.deployments.Deployment;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.resources.running.DeploymentFacts;
import java.time.Instant;
import java.util.List;

/** How bindings read: the spec's binding shape, its route readiness and delete safety. */
final class DomainBindingViews {

    private final DomainRoutes routes;

    DomainBindingViews(DomainRoutes routes) {
        this.routes = routes;
    }

    static DomainBindingView view(DomainBinding b) {
        DomainBinding.Observation o = b.observation();
        DomainBindingView.DnsObservation dns = o == null ? null : new DomainBindingView.DnsObservation(o.status(),
                o.expectedTargets(), o.observedTargets(), Timestamps.format(o.checkedAt()), o.message());
        return new DomainBindingView(b.id(), b.projectId(), b.environmentId(), b.resourceId(), b.serverId(),
                b.destinationId(), b.domainName(), b.pathPrefix(), b.proxyKind(), b.tlsMode(), b.redirectTo(),
                b.redirectStatus(), b.certificatePolicy(), b.status(), dns, b.attempts().size(),
                Timestamps.format(b.createdAt()));
    }

    /** Before any check: what the owner should publish (the TXT record, or the domain pointing at the server). */
    static DomainBinding.Observation expected(DomainBinding b, Instant now) {
        return new DomainBinding.Observation("pending", List.of("TXT " + b.txtName() + " " + OwnershipChecks.txtValue(b),
                "HTTP http://" + b.domainName() + b.tokenPath()), List.of(), null,
                "publish the TXT record, or point " + b.domainName() + " at the server, then confirm ownership");
    }

    /** The checks of one attempt as {@code dnsObservation}: the one that proved it, else the last one. */
    static DomainBinding.Observation observation(List<DomainBinding.Check> made, boolean verified) {
        DomainBinding.Check shown = made.stream().filter(c -> c.outcome().equals("matched") || c.kind().equals("manual"))
                .findFirst().orElse(made.get(made.size() - 1));
        List<String> expected = made.stream().flatMap(c -> c.expected().stream().map(e -> c.kind() + " " + c.target()
                + " " + e)).toList();
        List<String> observed = made.stream().flatMap(c -> c.observed().stream().map(e -> c.kind() + " " + e)).toList();
        return new DomainBinding.Observation(shown.outcome(), expected, observed, shown.checkedAt(),
                made.stream().map(DomainBinding.Check::message).reduce((x, y) -> x + "; " + y).orElse(null));
    }

    /** An attached certificate blocks the delete (revoke it first); older ones are a warning (their history stays). */
    static DomainBindingDeleteCheck deleteSafety(dev.appaloft.api.store.StoreReader reader, DomainBinding b) {
        List<Certificate> certificates = CertificateRepository.ofBinding(reader, b.organizationId(), b.id());
        List<DomainBindingDeleteCheck.Blocker> blockers = certificates.stream()
                .filter(c -> Certificate.ATTACHED.contains(c.status()))
                .map(c -> new DomainBindingDeleteCheck.Blocker("active-certificate", "blocking", "certificate " + c.id()
                        + " is " + c.status() + ": revoke it first", "certificate", c.id(), 1L)).toList();
        long history = certificates.stream().filter(c -> !Certificate.ATTACHED.contains(c.status())).count();
        List<DomainBindingDeleteCheck.Blocker> warnings = history == 0 ? List.of()
                : List.of(new DomainBindingDeleteCheck.Blocker("certificate-history", "warning", history
                        + " earlier certificate(s) stay in the audit history", "certificate", null, history));
        return new DomainBindingDeleteCheck(b.id(), blockers.isEmpty(), blockers, warnings, true, true, true);
    }

    DomainBindingDetail detail(CoreContext ctx, DomainBinding b) {
        EdgeProxy proxy = routes.proxy(b).orElse(null);
        return ctx.read(r -> {
            Deployment current = DomainRoutes.serving(r, b);
            StringBuilder reason = new StringBuilder();
            boolean applied = proxy != null && b.routed() && routes.applied(r, proxy, b);
            if (proxy != null && b.routed() && !applied) {
                routes.desired(r, proxy, b, reason);
            }
            RouteIntentStatus selected = selected(b, proxy, current, applied, reason.toString());
            String status = switch (b.status()) {
                case DomainBinding.PENDING_VERIFICATION, "requested" -> "pending";
                case "failed" -> "failed";
                case DomainBinding.DELETED -> "deleted";
                default -> applied ? "ready" : "not-ready";
            };
            DomainBindingDetail.RouteReadiness readiness = new DomainBindingDetail.RouteReadiness(status,
                    b.serves() ? "serve" : "redirect", selected, List.of());
            String proxyReadiness = proxy == null ? "not-ready" : "ready";
            List<dev.appaloft.api.certificates.CertificateView> certificates = CertificateRepository.ofBinding(r,
                    b.organizationId(), b.id()).stream().map(CertificateViews::view).toList();
            return new DomainBindingDetail(view(b), readiness, proxyReadiness, certificates, deleteSafety(r, b));
        });
    }

    private static RouteIntentStatus selected(DomainBinding b, EdgeProxy proxy, Deployment current, boolean applied,
                                              String routeReason) {
        String verification = switch (b.status()) {
            case DomainBinding.PENDING_VERIFICATION, "requested" -> b.latestAttempt() != null
                    && b.latestAttempt().status().equals("failed") ? "failed" : "pending";
            case "failed" -> "failed";
            default -> "verified";
        };
        boolean tls = "auto".equals(b.tlsMode());
        boolean deployed = current != null && b.serverId().equals(current.serverId());
        String blocking;
        String action;
        if (!verification.equals("verified")) {
            blocking = "domain_not_verified";
            action = "verify-domain";
        } else if (proxy == null) {
            blocking = "proxy_route_missing";
            action = "repair-proxy";
        } else if (b.serves() && !deployed) {
            blocking = "runtime_not_ready";
            action = "wait";
        } else if (!applied) {
            blocking = routeReason.isEmpty() ? "proxy_route_missing" : routeReason;
            action = blocking.equals("runtime_not_ready") ? "wait" : "repair-proxy";
        } else if (tls) {
            blocking = "certificate_missing";
            action = "provide-certificate";
        } else {
            blocking = null;
            action = "none";
        }
        String summaryStatus = blocking == null ? "available" : verification.equals("failed") ? "failed" : "not-ready";
        String message = blocking == null ? b.domainName() + " answers through the edge proxy"
                : switch (blocking) {
                    case "domain_not_verified" -> "the ownership of " + b.domainName() + " is not confirmed yet";
                    case "runtime_not_ready" -> "the resource has no running instance on the binding's server";
                    case "certificate_missing" -> "the route is applied; HTTPS waits for a certificate";
                    default -> b.routeFailure() != null ? b.routeFailure() : "the edge proxy does not apply the route";
                };
        return new RouteIntentStatus(RouteIntentStatus.SCHEMA_VERSION, DomainRoutes.routeId(b.id()), "route:" + b.id(),
                "durable-domain-binding", new RouteIntentStatus.Intent(b.domainName(), b.pathPrefix(),
                        tls ? "https" : "http", b.serves() ? "serve" : "redirect", b.redirectTo(), b.redirectStatus()),
                new RouteIntentStatus.Context(b.resourceId(), deployed ? current.id() : null, b.serverId(),
                        b.destinationId(), null),
                new RouteIntentStatus.Proxy("required", proxy == null ? "not-configured" : applied ? "applied"
                        : b.routed() ? "not-ready" : "planned", proxy == null ? null : proxy.kind()),
                verification, tls ? (blocking == null || blocking.equals("certificate_missing") ? "missing" : "pending")
                        : "disabled",
                !deployed ? "not-deployed" : "unknown", null, blocking, action,
                new RouteIntentStatus.CopySafeSummary(summaryStatus, blocking, null, message));
    }
}

package dev.appaloft.api.domains;

import java.util.List;

/**
 * {@code domainBindings.show}: the binding, how its route stands ({@code routeReadiness}), the
 * proxy's readiness, its certificates (none until certificates are built) and delete safety.
 */
public record DomainBindingDetail(DomainBindingView binding, RouteReadiness routeReadiness, String proxyReadiness,
                                  List<dev.appaloft.api.certificates.CertificateView> certificates,
                                  DomainBindingDeleteCheck deleteSafety) {

    /** @param status {@code ready|not-ready|pending|failed|deleted}; @param routeBehavior {@code serve|redirect} */
    public record RouteReadiness(String status, String routeBehavior, RouteIntentStatus selectedRoute,
                                 List<RouteIntentStatus> contextRoutes) {
    }
}

package dev.appaloft.api.domains;

/**
 * {@code domainBindings.configureRoute}: without {@code redirectTo} the binding serves the
 * resource; with it, it redirects to that canonical binding (a serving binding of the same
 * resource, not itself an alias) with {@code redirectStatus} (default 308).
 */
public record ConfigureDomainRouteInput(String domainBindingId, String redirectTo, Integer redirectStatus,
                                        String idempotencyKey) {

    public static ConfigureDomainRouteInput serve(String domainBindingId) {
        return new ConfigureDomainRouteInput(domainBindingId, null, null, null);
    }

    public static ConfigureDomainRouteInput redirect(String domainBindingId, String canonicalDomain, Integer status) {
        return new ConfigureDomainRouteInput(domainBindingId, canonicalDomain, status, null);
    }
}

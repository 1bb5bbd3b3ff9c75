package dev.appaloft.api.domains;

/**
 * {@code domainBindings.create}: binds {@code domainName} (under {@code pathPrefix}, default
 * {@code /}) to a resource on one server. {@code proxyKind} must name a proxy ({@code none} is
 * refused: a binding is a proxy route); {@code tlsMode} defaults to {@code auto},
 * {@code certificatePolicy} to {@code auto} when TLS is on, else {@code disabled}. With
 * {@code redirectTo} (the domain of a serving binding of the same resource) the binding answers a
 * redirect ({@code redirectStatus} 301, 302, 307 or 308, default 308). A binding starts in
 * {@code pending_verification} with a first verification attempt; the same {@code idempotencyKey}
 * again answers the binding it created.
 */
public record CreateDomainBindingInput(String projectId, String environmentId, String resourceId, String serverId,
                                       String destinationId, String domainName, String pathPrefix, String proxyKind,
                                       String tlsMode, String redirectTo, Integer redirectStatus,
                                       String certificatePolicy, String idempotencyKey) {

    /** A binding that serves the resource over plain HTTP through Caddy. */
    public static CreateDomainBindingInput serve(String projectId, String environmentId, String resourceId,
                                                 String serverId, String domainName) {
        return new CreateDomainBindingInput(projectId, environmentId, resourceId, serverId, serverId, domainName, null,
                "caddy", "disabled", null, null, null, null);
    }

    public CreateDomainBindingInput redirectingTo(String canonicalDomain, Integer status) {
        return new CreateDomainBindingInput(projectId, environmentId, resourceId, serverId, destinationId, domainName,
                pathPrefix, proxyKind, tlsMode, canonicalDomain, status, certificatePolicy, idempotencyKey);
    }

    public CreateDomainBindingInput withTls(String mode) {
        return new CreateDomainBindingInput(projectId, environmentId, resourceId, serverId, destinationId, domainName,
                pathPrefix, proxyKind, mode, redirectTo, redirectStatus, certificatePolicy, idempotencyKey);
    }

    public CreateDomainBindingInput withIdempotencyKey(String key) {
        return new CreateDomainBindingInput(projectId, environmentId, resourceId, serverId, destinationId, domainName,
                pathPrefix, proxyKind, tlsMode, redirectTo, redirectStatus, certificatePolicy, key);
    }
}

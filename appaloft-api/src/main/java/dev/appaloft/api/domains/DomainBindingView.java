package dev.appaloft.api.domains;

import java.util.List;

/**
 * A domain binding as {@code domainBindings.list} and {@code show} read it. {@code dnsObservation}
 * is the latest ownership check: what it looked for ({@code expectedTargets}) and what it found
 * ({@code observedTargets}).
 */
public record DomainBindingView(String id, String projectId, String environmentId, String resourceId, String serverId,
                                String destinationId, String domainName, String pathPrefix, String proxyKind,
                                String tlsMode, String redirectTo, Integer redirectStatus, String certificatePolicy,
                                String status, DnsObservation dnsObservation, int verificationAttemptCount,
                                String createdAt) {

    /** @param status {@code pending|matched|mismatch|unresolved|lookup_failed|skipped} */
    public record DnsObservation(String status, List<String> expectedTargets, List<String> observedTargets,
                                 String checkedAt, String message) {
    }
}

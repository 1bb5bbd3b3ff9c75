package dev.appaloft.api.domains;

import java.util.List;

/**
 * {@code domainBindings.deleteCheck}: whether delete is safe. Certificates (a later step) are
 * the only blockers the spec names; deleting a binding never touches generated access,
 * deployment snapshots or server-applied route audit.
 */
public record DomainBindingDeleteCheck(String domainBindingId, boolean safeToDelete, List<Blocker> blockers,
                                       List<Blocker> warnings, boolean preservesGeneratedAccess,
                                       boolean preservesDeploymentSnapshots, boolean preservesServerAppliedRouteAudit) {

    /** @param kind {@code active-certificate|certificate-history}; @param severity {@code blocking|warning} */
    public record Blocker(String kind, String severity, String message, String relatedEntityType,
                          String relatedEntityId, Long count) {
    }

    public static DomainBindingDeleteCheck safe(String domainBindingId) {
        return new DomainBindingDeleteCheck(domainBindingId, true, List.of(), List.of(), true, true, true);
    }
}

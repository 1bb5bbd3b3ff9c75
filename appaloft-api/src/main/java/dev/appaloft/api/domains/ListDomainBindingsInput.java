package dev.appaloft.api.domains;

/** {@code domainBindings.list}: the organization's bindings, optionally of one project, environment or resource. */
public record ListDomainBindingsInput(String projectId, String environmentId, String resourceId, Integer limit) {

    public static ListDomainBindingsInput all() {
        return new ListDomainBindingsInput(null, null, null, null);
    }

    public static ListDomainBindingsInput ofResource(String resourceId) {
        return new ListDomainBindingsInput(null, null, resourceId, null);
    }
}

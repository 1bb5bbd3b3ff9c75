package dev.appaloft.api.dependencies;

/** One binding of a resource: show and unbind. */
public record DependencyBindingRef(String resourceId, String bindingId) {
}

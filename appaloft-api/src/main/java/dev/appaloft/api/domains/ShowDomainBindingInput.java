package dev.appaloft.api.domains;

/** {@code domainBindings.show} and {@code domainBindings.deleteCheck}: one binding by id. */
public record ShowDomainBindingInput(String domainBindingId) {
}

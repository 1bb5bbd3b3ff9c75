package dev.appaloft.api.domains;

/** {@code domainBindings.delete}: {@code confirmation.domainBindingId} must repeat the id. */
public record DeleteDomainBindingInput(String domainBindingId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String domainBindingId) {
    }

    public static DeleteDomainBindingInput of(String domainBindingId) {
        return new DeleteDomainBindingInput(domainBindingId, new Confirmation(domainBindingId), null);
    }
}

package dev.appaloft.api.domains;

/**
 * {@code domainBindings.confirmOwnership}. {@code verificationMode} {@code dns} (the default)
 * checks the domain: a TXT record {@code _appaloft-challenge.<domain>} holding the binding's
 * token, or, when the domain points at the server, the same token answered by the server's edge
 * proxy at {@code http://<domain>/.well-known/appaloft-domain-verification/<bindingId>}.
 * {@code challenge} (an extra field the spec's request schema allows) narrows that to
 * {@code dns-txt} or {@code http-token}. {@code manual} records an operator's confirmation
 * ({@code confirmedBy}, {@code evidence}) without a check. An already bound binding answers its
 * verified attempt again.
 */
public record ConfirmDomainOwnershipInput(String domainBindingId, String verificationAttemptId, String verificationMode,
                                          String confirmedBy, String evidence, String idempotencyKey,
                                          String challenge) {

    public static ConfirmDomainOwnershipInput dns(String domainBindingId) {
        return new ConfirmDomainOwnershipInput(domainBindingId, null, "dns", null, null, null, null);
    }

    public static ConfirmDomainOwnershipInput dns(String domainBindingId, String challenge) {
        return new ConfirmDomainOwnershipInput(domainBindingId, null, "dns", null, null, null, challenge);
    }

    public static ConfirmDomainOwnershipInput manual(String domainBindingId, String confirmedBy, String evidence) {
        return new ConfirmDomainOwnershipInput(domainBindingId, null, "manual", confirmedBy, evidence, null, null);
    }
}

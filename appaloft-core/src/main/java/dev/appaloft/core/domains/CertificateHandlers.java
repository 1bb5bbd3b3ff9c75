package dev.appaloft.core.domains;

import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_DELETE;
import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_IMPORT;
import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_LIST;
import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_REVOKE;
import static dev.appaloft.api.catalog.DomainOperations.CERTIFICATES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.certificates.CertificateAttemptOutput;
import dev.appaloft.api.certificates.CertificateIdOutput;
import dev.appaloft.api.certificates.CertificateList;
import dev.appaloft.api.certificates.CertificateView;
import dev.appaloft.api.certificates.DeleteCertificateInput;
import dev.appaloft.api.certificates.ImportCertificateInput;
import dev.appaloft.api.certificates.ListCertificatesInput;
import dev.appaloft.api.certificates.RevokeCertificateInput;
import dev.appaloft.api.certificates.ShowCertificateInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code certificates.import|list|show|revoke|delete}. An import is checked before anything is
 * written ({@link CertificatePem}); its key is sealed and kept apart; a newer certificate of a
 * binding disables the one it replaces. An imported certificate is served by the binding's edge
 * proxy; a revoked or replaced one no more. Issuance (ACME) is {@link CertificateIssuance}'s.
 */
public final class CertificateHandlers {

    /** Binding states an import is admitted from (the note's rule). */
    private static final Set<String> IMPORTABLE = Set.of(DomainBinding.BOUND, DomainBinding.READY,
            DomainBinding.NOT_READY);

    private final CoreContext ctx;
    private final DomainRoutes routes;

    private CertificateHandlers(CoreContext ctx, DomainRoutes routes) {
        this.ctx = ctx;
        this.routes = routes;
    }

    /** @param runtimes where the bindings' edge proxies are: an imported certificate is served there */
    public static void register(HandlerRegistry registry, CoreContext ctx,
                                dev.appaloft.core.deployments.DeploymentRuntimes runtimes) {
        CertificateHandlers h = new CertificateHandlers(ctx, new DomainRoutes(ctx, runtimes));
        registry.register(CERTIFICATES_IMPORT, h::importCertificate);
        registry.register(CERTIFICATES_LIST, h::list);
        registry.register(CERTIFICATES_SHOW, h::show);
        registry.register(CERTIFICATES_REVOKE, h::revoke);
        registry.register(CERTIFICATES_DELETE, h::delete);
    }

    CertificateAttemptOutput importCertificate(ImportCertificateInput in, Actor actor) {
        Validation v = new Validation();
        String bindingId = v.text("domainBindingId", in.domainBindingId(), 200);
        String chain = v.text("certificateChain", in.certificateChain(), 64 * 1024);
        String key = v.text("privateKey", in.privateKey(), 32 * 1024);
        v.optionalText("passphrase", in.passphrase(), 1024);
        String idempotencyKey = v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.optionalText("causationId", in.causationId(), 200);
        DomainBinding binding = bindingId == null ? null
                : ctx.read(r -> DomainBindingRepository.BINDINGS.require(r, actor.organizationId(), bindingId)).value();
        v.throwIfInvalid();
        if (idempotencyKey != null) {
            Optional<CertificateAttemptOutput> same = ctx.read(r -> repeated(r, actor, idempotencyKey));
            if (same.isPresent()) {
                return same.get();
            }
        }
        admit(binding);
        CertificatePem.Checked checked = CertificatePem.check(chain, key, in.passphrase(), binding.domainName(),
                ctx.now());
        String sealed = ctx.secrets().seal(CertificatePem.pem("PRIVATE KEY", checked.key().getEncoded()));
        String[] replacedId = new String[1];
        CertificateAttemptOutput out = ctx.command(actor, "certificates.import", uow -> {
            if (idempotencyKey != null) {
                Optional<CertificateAttemptOutput> same = repeated(uow.tx(), actor, idempotencyKey);
                if (same.isPresent()) {
                    return same.get();
                }
            }
            DomainBinding current = DomainBindingRepository.BINDINGS.require(uow.tx(), actor.organizationId(),
                    bindingId).value();
            admit(current);
            String replaced = null;
            for (Versioned<Certificate> old : CertificateRepository.CERTIFICATES.query(uow.tx(),
                    CertificateRepository.where(actor.organizationId(), bindingId))) {
                if (Certificate.ATTACHED.contains(old.value().status())) {
                    // released before the new one takes the binding's attached key
                    CertificateRepository.CERTIFICATES.update(uow.tx(), old,
                            old.value().withStatus(Certificate.DISABLED, null, uow.now()), uow.now());
                    replaced = old.value().id();
                }
            }
            String id = Ids.next("crt");
            Certificate.Attempt attempt = new Certificate.Attempt(Ids.next("cat"), "issued",
                    replaced == null ? "issue" : "replace", "imported", "none", uow.now(), uow.now(),
                    checked.notAfter(), null, null, null, null, null, null, null);
            Certificate certificate = new Certificate(id, actor.organizationId(), bindingId, current.domainName(),
                    Certificate.ACTIVE, "imported", "imported", "none", uow.now(), checked.notAfter(),
                    checked.fingerprint(), checked.notBefore(), checked.issuer(), checked.keyAlgorithm(),
                    checked.subjectAlternativeNames(), List.of(attempt), idempotencyKey, null, uow.now(), null);
            CertificateRepository.CERTIFICATES.insert(uow.tx(), certificate, uow.now());
            CertificateRepository.SECRETS.insert(uow.tx(), new CertificateSecret(id, actor.organizationId(),
                    checked.chainPem(), sealed, uow.now()), uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("domainBindingId", bindingId);
            payload.put("domainName", current.domainName());
            payload.put("fingerprint", checked.fingerprint());
            payload.put("expiresAt", checked.notAfter().toString());
            if (replaced != null) {
                payload.put("replacedCertificateId", replaced);
            }
            uow.event("certificate-imported", id, payload);
            replacedId[0] = replaced;
            return new CertificateAttemptOutput(id, attempt.id());
        });
        // acme: the imported chain is served by the binding's proxy, the one it replaced no more
        ctx.read(r -> CertificateRepository.CERTIFICATES.find(r, out.certificateId())).ifPresent(c -> {
            if (Certificate.ACTIVE.equals(c.value().status())) {
                CertificateIssuer.install(ctx, routes, c.value());
            }
        });
        if (replacedId[0] != null) {
            CertificateIssuer.uninstall(routes, binding, replacedId[0]);
        }
        return out;
    }

    CertificateList list(ListCertificatesInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 500);
        v.throwIfInvalid();
        return ctx.read(r -> new CertificateList(CertificateRepository.CERTIFICATES.values(r,
                CertificateRepository.where(actor.organizationId(), Validation.filter(in.domainBindingId()))
                        .newestFirst().limit(limit)).stream().map(CertificateViews::view).toList()));
    }

    CertificateView show(ShowCertificateInput in, Actor actor) {
        return CertificateViews.view(require(in.certificateId(), actor).value());
    }

    CertificateIdOutput revoke(RevokeCertificateInput in, Actor actor) {
        Validation v = new Validation();
        String reason = v.optionalText("reason", in.reason(), 500);
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        String id = require(in.certificateId(), actor).value().id();
        v.throwIfInvalid();
        CertificateIdOutput revoked = ctx.command(actor, "certificates.revoke", uow -> {
            Versioned<Certificate> current = CertificateRepository.CERTIFICATES.require(uow.tx(),
                    actor.organizationId(), id);
            String status = current.value().status();
            if (Certificate.REVOKED.equals(status)) {
                return new CertificateIdOutput(id); // revoked already: nothing changes, nothing recorded
            }
            if (!Certificate.ACTIVE.equals(status)) {
                throw new AppaloftException(ErrorCode.CERTIFICATE_REVOKE_NOT_ALLOWED, "only an active certificate is "
                        + "revoked; this one is " + status, List.of(), Map.of("status", status), null);
            }
            CertificateRepository.CERTIFICATES.update(uow.tx(), current,
                    current.value().withStatus(Certificate.REVOKED, reason, uow.now()), uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("domainBindingId", current.value().domainBindingId());
            payload.put("fingerprint", current.value().fingerprint());
            if (reason != null) {
                payload.put("reason", reason);
            }
            uow.event("certificate-revoked", id, payload);
            return new CertificateIdOutput(id);
        });
        // acme: a revoked certificate is served no more
        ctx.read(r -> CertificateRepository.CERTIFICATES.find(r, id)).flatMap(c -> ctx.read(r ->
                DomainBindingRepository.BINDINGS.findIn(r, c.value().organizationId(), c.value().domainBindingId())))
                .ifPresent(b -> CertificateIssuer.uninstall(routes, b.value(), id));
        return revoked;
    }

    CertificateIdOutput delete(DeleteCertificateInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("certificateId", in.certificateId(), 200);
        v.required("confirmation", in.confirmation());
        String confirmed = in.confirmation() == null ? null
                : v.text("confirmation.certificateId", in.confirmation().certificateId(), 200);
        v.check(confirmed == null || confirmed.equals(id), List.of("confirmation", "certificateId"),
                "confirmation.certificateId must repeat the id of the certificate to delete");
        if (id != null) {
            ctx.read(r -> CertificateRepository.CERTIFICATES.require(r, actor.organizationId(), id)); // 404 first
        }
        v.throwIfInvalid();
        return ctx.command(actor, "certificates.delete", uow -> {
            Versioned<Certificate> current = CertificateRepository.CERTIFICATES.require(uow.tx(),
                    actor.organizationId(), id);
            String status = current.value().status();
            if (Certificate.ATTACHED.contains(status)) {
                throw new AppaloftException(ErrorCode.CERTIFICATE_DELETE_NOT_ALLOWED, Certificate.ACTIVE.equals(status)
                        ? "the certificate is active: revoke it first" : "the certificate is " + status
                        + ": wait for its issuance to end", List.of(), Map.of("status", status), null);
            }
            CertificateRepository.CERTIFICATES.update(uow.tx(), current,
                    current.value().withStatus(Certificate.DELETED, null, uow.now()), uow.now());
            // the key is of no further use: the sealed copy goes with the certificate
            CertificateRepository.SECRETS.find(uow.tx(), id)
                    .ifPresent(secret -> CertificateRepository.SECRETS.delete(uow.tx(), secret));
            uow.event("certificate-deleted", id, Map.of("domainBindingId", current.value().domainBindingId(),
                    "previousStatus", status));
            return new CertificateIdOutput(id);
        });
    }

    private Versioned<Certificate> require(String id, Actor actor) {
        Validation v = new Validation();
        String checked = v.text("certificateId", id, 200);
        v.throwIfInvalid();
        return ctx.read(r -> CertificateRepository.CERTIFICATES.require(r, actor.organizationId(), checked));
    }

    private static Optional<CertificateAttemptOutput> repeated(dev.appaloft.api.store.StoreReader reader, Actor actor,
            String idempotencyKey) {
        return CertificateRepository.CERTIFICATES.findByKey(reader,
                        CertificateRepository.idempotencyKey(actor.organizationId(), idempotencyKey))
                .map(c -> new CertificateAttemptOutput(c.value().id(), c.value().latestAttempt().id()));
    }

    /** A binding takes a certificate once bound, and only when it serves TLS. */
    private static void admit(DomainBinding binding) {
        if ("disabled".equals(binding.tlsMode()) || "disabled".equals(binding.certificatePolicy())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "binding " + binding.id()
                    + " has tlsMode " + binding.tlsMode() + " and certificatePolicy " + binding.certificatePolicy()
                    + ": it takes no certificate", List.of(Issue.custom("domainBindingId",
                    "the binding takes no certificate (TLS disabled)")), Map.of("status", binding.status()), null);
        }
        if (!IMPORTABLE.contains(binding.status())) {
            throw new AppaloftException(ErrorCode.CERTIFICATE_NOT_ALLOWED, "binding " + binding.id() + " is "
                    + binding.status() + ": a certificate is imported once its ownership is confirmed",
                    List.of(Issue.custom("domainBindingId", "the binding is " + binding.status()
                            + ", not bound, ready or not_ready")), Map.of("status", binding.status()), null);
        }
    }
}

package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.certificates.*;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.domains.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.stream.EventStream;
import java.util.List;

/** The catalog's area of domains and TLS. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class DomainOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<ConfigureDefaultAccessPolicyInput, IdOutput> DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE =
            Operation.of(API, "defaultAccessDomainPolicies.configure", OperationKind.COMMAND, HttpMethod.POST, "/default-access-domain-policies", 200, ConfigureDefaultAccessPolicyInput.class, IdOutput.class);
    public static final Operation<ListDefaultAccessPoliciesInput, DefaultAccessPolicyList> DEFAULT_ACCESS_DOMAIN_POLICIES_LIST =
            Operation.of(API, "defaultAccessDomainPolicies.list", OperationKind.QUERY, HttpMethod.GET, "/default-access-domain-policies", 200, ListDefaultAccessPoliciesInput.class, DefaultAccessPolicyList.class);
    public static final Operation<ShowDefaultAccessPolicyInput, DefaultAccessPolicyShown> DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW =
            Operation.of(API, "defaultAccessDomainPolicies.show", OperationKind.QUERY, HttpMethod.GET, "/default-access-domain-policies/show", 200, ShowDefaultAccessPolicyInput.class, DefaultAccessPolicyShown.class);
    public static final Operation<ListDomainBindingsInput, DomainBindingList> DOMAIN_BINDINGS_LIST =
            Operation.of(API, "domainBindings.list", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings", 200, ListDomainBindingsInput.class, DomainBindingList.class);
    public static final Operation<CreateDomainBindingInput, IdOutput> DOMAIN_BINDINGS_CREATE =
            Operation.of(API, "domainBindings.create", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings", 201, CreateDomainBindingInput.class, IdOutput.class);
    public static final Operation<ShowDomainBindingInput, DomainBindingDetail> DOMAIN_BINDINGS_SHOW =
            Operation.of(API, "domainBindings.show", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings/{domainBindingId}", 200, ShowDomainBindingInput.class, DomainBindingDetail.class);
    public static final Operation<DeleteDomainBindingInput, IdOutput> DOMAIN_BINDINGS_DELETE =
            Operation.of(API, "domainBindings.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/domain-bindings/{domainBindingId}", 200, DeleteDomainBindingInput.class, IdOutput.class);
    public static final Operation<ConfigureDomainRouteInput, IdOutput> DOMAIN_BINDINGS_CONFIGURE_ROUTE =
            Operation.of(API, "domainBindings.configureRoute", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/route", 200, ConfigureDomainRouteInput.class, IdOutput.class);
    public static final Operation<ConfirmDomainOwnershipInput, VerificationOutput> DOMAIN_BINDINGS_CONFIRM_OWNERSHIP =
            Operation.of(API, "domainBindings.confirmOwnership", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/ownership-confirmations", 200, ConfirmDomainOwnershipInput.class, VerificationOutput.class);
    public static final Operation<ShowDomainBindingInput, DomainBindingDeleteCheck> DOMAIN_BINDINGS_DELETE_CHECK =
            Operation.of(API, "domainBindings.deleteCheck", OperationKind.QUERY, HttpMethod.GET, "/domain-bindings/{domainBindingId}/delete-check", 200, ShowDomainBindingInput.class, DomainBindingDeleteCheck.class);
    public static final Operation<RetryDomainVerificationInput, VerificationOutput> DOMAIN_BINDINGS_RETRY_VERIFICATION =
            Operation.of(API, "domainBindings.retryVerification", OperationKind.COMMAND, HttpMethod.POST, "/domain-bindings/{domainBindingId}/verification-retries", 202, RetryDomainVerificationInput.class, VerificationOutput.class);
    public static final Operation<ImportCertificateInput, CertificateAttemptOutput> CERTIFICATES_IMPORT =
            Operation.of(API, "certificates.import", OperationKind.COMMAND, HttpMethod.POST, "/certificates/import", 200, ImportCertificateInput.class, CertificateAttemptOutput.class);
    public static final Operation<ListCertificatesInput, CertificateList> CERTIFICATES_LIST =
            Operation.of(API, "certificates.list", OperationKind.QUERY, HttpMethod.GET, "/certificates", 200, ListCertificatesInput.class, CertificateList.class);
    public static final Operation<ShowCertificateInput, CertificateView> CERTIFICATES_SHOW =
            Operation.of(API, "certificates.show", OperationKind.QUERY, HttpMethod.GET, "/certificates/{certificateId}", 200, ShowCertificateInput.class, CertificateView.class);
    public static final Operation<DeleteCertificateInput, CertificateIdOutput> CERTIFICATES_DELETE =
            Operation.of(API, "certificates.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/certificates/{certificateId}", 200, DeleteCertificateInput.class, CertificateIdOutput.class);
    public static final Operation<IssueOrRenewCertificateInput, CertificateAttemptOutput> CERTIFICATES_ISSUE_OR_RENEW =
            Operation.of(API, "certificates.issueOrRenew", OperationKind.COMMAND, HttpMethod.POST, "/certificates/issue-or-renew", 202, IssueOrRenewCertificateInput.class, CertificateAttemptOutput.class);
    public static final Operation<RetryCertificateInput, CertificateAttemptOutput> CERTIFICATES_RETRY =
            Operation.of(API, "certificates.retry", OperationKind.COMMAND, HttpMethod.POST, "/certificates/{certificateId}/retries", 202, RetryCertificateInput.class, CertificateAttemptOutput.class);
    public static final Operation<RevokeCertificateInput, CertificateIdOutput> CERTIFICATES_REVOKE =
            Operation.of(API, "certificates.revoke", OperationKind.COMMAND, HttpMethod.POST, "/certificates/{certificateId}/revoke", 200, RevokeCertificateInput.class, CertificateIdOutput.class);

    private DomainOperations() {
    }
}

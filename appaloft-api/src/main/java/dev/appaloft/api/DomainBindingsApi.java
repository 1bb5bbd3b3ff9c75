package dev.appaloft.api;

import static dev.appaloft.api.catalog.DomainOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.domains.*;

/**
 * {@code domainBindings.*}: custom domains of resources. A binding is created pending
 * verification, becomes {@code bound} once its ownership is confirmed, and is then a route on the
 * edge proxy of its server (serving the resource, or redirecting to a canonical binding).
 */
public final class DomainBindingsApi {

    private final OperationExecutor executor;

    public DomainBindingsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput create(CreateDomainBindingInput input) {
        return executor.execute(DOMAIN_BINDINGS_CREATE, input);
    }

    public DomainBindingList list(ListDomainBindingsInput input) {
        return executor.execute(DOMAIN_BINDINGS_LIST, input);
    }

    public DomainBindingDetail show(String domainBindingId) {
        return executor.execute(DOMAIN_BINDINGS_SHOW, new ShowDomainBindingInput(domainBindingId));
    }

    public DomainBindingDeleteCheck deleteCheck(String domainBindingId) {
        return executor.execute(DOMAIN_BINDINGS_DELETE_CHECK, new ShowDomainBindingInput(domainBindingId));
    }

    public IdOutput delete(DeleteDomainBindingInput input) {
        return executor.execute(DOMAIN_BINDINGS_DELETE, input);
    }

    public IdOutput delete(String domainBindingId) {
        return delete(DeleteDomainBindingInput.of(domainBindingId));
    }

    public IdOutput configureRoute(ConfigureDomainRouteInput input) {
        return executor.execute(DOMAIN_BINDINGS_CONFIGURE_ROUTE, input);
    }

    public VerificationOutput confirmOwnership(ConfirmDomainOwnershipInput input) {
        return executor.execute(DOMAIN_BINDINGS_CONFIRM_OWNERSHIP, input);
    }

    public VerificationOutput retryVerification(String domainBindingId) {
        return executor.execute(DOMAIN_BINDINGS_RETRY_VERIFICATION, RetryDomainVerificationInput.of(domainBindingId));
    }
}

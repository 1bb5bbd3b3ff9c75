package dev.appaloft.api;

import static dev.appaloft.api.catalog.DomainOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.domains.*;

/** {@code defaultAccessDomainPolicies.*}: how generated host names are made, per scope. */
public final class DefaultAccessPoliciesApi {

    private final OperationExecutor executor;

    public DefaultAccessPoliciesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput configure(ConfigureDefaultAccessPolicyInput input) {
        return executor.execute(DEFAULT_ACCESS_DOMAIN_POLICIES_CONFIGURE, input);
    }

    public DefaultAccessPolicyList list() {
        return executor.execute(DEFAULT_ACCESS_DOMAIN_POLICIES_LIST, new ListDefaultAccessPoliciesInput());
    }

    public DefaultAccessPolicyShown show(ShowDefaultAccessPolicyInput input) {
        return executor.execute(DEFAULT_ACCESS_DOMAIN_POLICIES_SHOW, input);
    }
}

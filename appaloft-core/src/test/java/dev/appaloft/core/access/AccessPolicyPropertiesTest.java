package dev.appaloft.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.Access;
import dev.appaloft.api.access.DeployTokenScope;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.error.AppaloftException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The enforcement agrees with the table: a member passes exactly when their role reaches the level. */
class AccessPolicyPropertiesTest {

    @Provide
    Arbitrary<Operation<?, ?>> operations() {
        return Arbitraries.of(OperationCatalog.all().stream().filter(op -> op.api() == Api.APPALOFT).toList());
    }

    @Property
    void aMemberPassesExactlyWhenTheirRoleReachesTheLevel(@ForAll("operations") Operation<?, ?> op,
                                                          @ForAll Actor.Role role) {
        Access required = OperationAccess.required(op);
        boolean expected = required.role() == null || role.compareTo(required.role()) >= 0;
        assertThat(passes(op, Actor.user("usr_1", "org_1", role))).as(op.key() + " as " + role).isEqualTo(expected);
    }

    @Property
    void nobodyWithoutCredentialsPassesBeyondPublicOperations(@ForAll("operations") Operation<?, ?> op) {
        assertThat(passes(op, Actor.anonymous())).isEqualTo(OperationAccess.required(op) == Access.PUBLIC);
    }

    /** A deploy token passes only the deployment operations that map to a workflow command it lists. */
    @Property
    void aDeployTokenPassesOnlyItsWorkflows(@ForAll("operations") Operation<?, ?> op,
                                            @ForAll("workflows") List<String> workflows) {
        Actor token = Actor.deployToken("dtk_1", "org_1", new DeployTokenScope(null, null, null, null, null, workflows));
        boolean expected = OperationAccess.required(op) == Access.PUBLIC
                || (OperationAccess.deployTokenWorkflow(op) != null && workflows.contains(OperationAccess.deployTokenWorkflow(op)));
        boolean passed;
        try {
            AccessPolicy.check(op, java.util.Map.of(), token);
            passed = true;
        } catch (AppaloftException e) {
            passed = false;
        }
        assertThat(passed).as(op.key()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> workflows() {
        return Arbitraries.of("source-link-deploy", "preview-cleanup", "server-config-deploy").list().uniqueElements();
    }

    private static boolean passes(Operation<?, ?> op, Actor actor) {
        try {
            AccessPolicy.checkStanding(op, actor);
            return true;
        } catch (AppaloftException e) {
            return false;
        }
    }
}

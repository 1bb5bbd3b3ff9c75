package dev.appaloft.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.catalog.OperationKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OperationAccessTest {

    /** Roles are ordered: whatever a role may do, every stronger role may do too. */
    @Property
    void aStrongerRoleMayDoEverythingAWeakerOneMay(@ForAll Actor.Role weaker, @ForAll Actor.Role stronger) {
        if (stronger.compareTo(weaker) < 0) {
            return;
        }
        Actor weak = new Actor(Actor.Kind.USER, "u1", "org", weaker);
        Actor strong = new Actor(Actor.Kind.USER, "u2", "org", stronger);
        for (Operation<?, ?> op : OperationCatalog.all()) {
            Access required = OperationAccess.required(op);
            if (required.role() != null && weak.hasRole(required.role())) {
                assertThat(strong.hasRole(required.role())).as(op.key()).isTrue();
            }
        }
    }

    /** The access levels that name a role are ordered exactly as the roles are. */
    @Property
    void accessLevelsFollowTheRoleOrder(@ForAll Access a, @ForAll Access b) {
        if (a.role() != null && b.role() != null) {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.role().compareTo(b.role())));
        }
    }

    @Test
    void everyOperationHasALevelAndTheIssuesRulesHold() {
        for (Operation<?, ?> op : OperationCatalog.all()) {
            Access required = OperationAccess.required(op);
            assertThat(required).as(op.key()).isNotNull();
            if (op.api() == Api.ALIEN) {
                assertThat(required).as(op.key()).isEqualTo(op.key().equals("health") ? Access.PUBLIC : Access.FLEET_TOKEN);
            } else if (op.kind() == OperationKind.QUERY && required != Access.PUBLIC && required != Access.SIGNED_IN) {
                assertThat(required.role()).as("viewers read: " + op.key()).isNotNull();
            }
            if (op.key().startsWith("servers.") && op.kind() == OperationKind.COMMAND) {
                assertThat(required).as("admins manage servers: " + op.key()).isEqualTo(Access.ADMIN);
            }
        }
        assertThat(level("deployments.create")).isEqualTo(Access.DEVELOPER);
        assertThat(level("resources.configureHealth")).isEqualTo(Access.DEVELOPER);
        assertThat(level("projects.list")).isEqualTo(Access.VIEWER);
        assertThat(level("deployTokens.create")).isEqualTo(Access.ADMIN);
        assertThat(level("organizations.inviteMember")).isEqualTo(Access.ADMIN);
        assertThat(level("organizations.delete")).isEqualTo(Access.OWNER);
        assertThat(level("organizations.transferOwner")).isEqualTo(Access.OWNER);
        assertThat(level("auth.bootstrapFirstAdmin")).isEqualTo(Access.PUBLIC);
        // destructive retention: admins, as operatorWork.prune and deployments.prune
        assertThat(level("domainEvents.prune")).isEqualTo(Access.ADMIN);
        assertThat(level("providerJobLogs.prune")).isEqualTo(Access.ADMIN);
        assertThat(level("operatorWork.prune")).isEqualTo(Access.ADMIN);
        assertThat(OperationAccess.deployTokenWorkflow(OperationCatalog.byKey("deployments.create").orElseThrow()))
                .isEqualTo("source-link-deploy");
        assertThat(OperationAccess.deployTokenWorkflow(OperationCatalog.byKey("projects.create").orElseThrow())).isNull();
    }

    private static Access level(String key) {
        return OperationAccess.required(OperationCatalog.byKey(key).orElseThrow());
    }
}

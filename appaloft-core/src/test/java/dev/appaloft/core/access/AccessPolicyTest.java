package dev.appaloft.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.DeployTokenScope;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.projects.ListProjectsInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.store.memory.MemoryStore;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade refuses what the access table does not allow, before the operation runs. */
class AccessPolicyTest {

    final AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore()).build();
    static final String ORG = Actor.SELF_HOSTED_ORGANIZATION;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void rolesBelowTheRequiredOneAreRefusedAndTheRequiredOnePasses() {
        Actor viewer = new Actor(Actor.Kind.USER, "usr_v", ORG, Actor.Role.VIEWER);
        Actor developer = new Actor(Actor.Kind.USER, "usr_d", ORG, Actor.Role.DEVELOPER);
        refused(() -> engine.as(viewer).projects().create(CreateProjectInput.named("shop")), "product_auth_forbidden");
        assertThat(engine.as(developer).projects().create(CreateProjectInput.named("shop")).id()).startsWith("prj_");
        assertThat(engine.as(viewer).projects().list(new ListProjectsInput(null)).items()).hasSize(1);
    }

    @Test
    void tokensOnlyDoWhatTheirKindAndScopeAllow() {
        Actor token = Actor.deployToken("dtk_1", ORG, new DeployTokenScope(List.of("prj_a"), null, null, null, null,
                List.of("source-link-deploy")));
        refused(() -> engine.as(token).projects().list(new ListProjectsInput(null)), "action_auth_forbidden");
        refused(() -> engine.as(token).deployments().create(new CreateDeploymentInput("prj_b", "srv", null, "env",
                "res", null)), "action_auth_forbidden");
        // inside its scope the token reaches the operation itself (here: the project does not exist)
        refused(() -> engine.as(token).deployments().create(new CreateDeploymentInput("prj_a", "srv", null, "env",
                "res", null)), "not_found");
        Actor fleet = new Actor(Actor.Kind.FLEET_TOKEN, "ftk_1", ORG, Actor.Role.OWNER);
        refused(() -> engine.as(fleet).projects().list(new ListProjectsInput(null)), "product_auth_forbidden");
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.code().code()).isEqualTo(code));
    }
}

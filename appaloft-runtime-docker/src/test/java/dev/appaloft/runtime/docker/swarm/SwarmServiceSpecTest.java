package dev.appaloft.runtime.docker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.UpdateFailureAction;
import com.github.dockerjava.api.model.UpdateOrder;
import dev.appaloft.api.resources.HealthCheck;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SwarmServiceSpecTest {

    private static SwarmServiceSpec.Plan plan(int replicas, HealthCheck health, List<SwarmServiceSpec.SecretRef> secrets) {
        return new SwarmServiceSpec.Plan("appaloft-res_1", "appaloft-web-d1", "local/busybox:1",
                Map.of("MODE", "prod", "DB_PASSWORD", "s3cret"), secrets, 8080, replicas,
                Map.of("appaloft.resource", "res_1", "appaloft.deployment", "dep_1"), List.of("sh", "-c", "httpd"), health);
    }

    @Test
    void replicasLabelsAndStartFirstUpdatesThatRollBack() {
        ServiceSpec spec = SwarmServiceSpec.build(plan(3, null, List.of()));
        assertThat(spec.getName()).isEqualTo("appaloft-res_1");
        assertThat(spec.getMode().getReplicated().getReplicas()).isEqualTo(3);
        assertThat(spec.getLabels()).containsEntry("appaloft.resource", "res_1")
                .containsEntry("appaloft.deployment", "dep_1")
                .containsEntry(SwarmServiceSpec.LABEL_INSTANCE, "appaloft-web-d1")
                .containsEntry(SwarmServiceSpec.LABEL_REPLICAS, "3");
        assertThat(spec.getTaskTemplate().getContainerSpec().getLabels())
                .containsEntry(SwarmServiceSpec.LABEL_INSTANCE, "appaloft-web-d1")
                .doesNotContainKey("appaloft.resource"); // the single-container runtime must not find task containers
        assertThat(spec.getUpdateConfig().getOrder()).isEqualTo(UpdateOrder.START_FIRST);
        assertThat(spec.getUpdateConfig().getFailureAction()).isEqualTo(UpdateFailureAction.ROLLBACK);
        assertThat(spec.getUpdateConfig().getParallelism()).isEqualTo(1L);
        assertThat(spec.getRollbackConfig().getOrder()).isEqualTo(UpdateOrder.START_FIRST);
        assertThat(spec.getRollbackConfig().getFailureAction()).isEqualTo(UpdateFailureAction.PAUSE);
        PortConfig port = spec.getEndpointSpec().getPorts().get(0);
        assertThat(port.getTargetPort()).isEqualTo(8080);
        assertThat(port.getPublishMode()).isEqualTo(PortConfig.PublishMode.host);
        assertThat(port.getPublishedPort()).as("each task gets a port of its own").isZero();
        assertThat(spec.getTaskTemplate().getContainerSpec().getCommand()).containsExactly("sh", "-c", "httpd");
        assertThat(spec.getTaskTemplate().getContainerSpec().getHealthCheck()).isNull();
    }

    @Test
    void theHealthPolicyBecomesAContainerCheckOfTheAppsPort() {
        HealthCheck policy = new HealthCheck(true, HealthCheck.Type.HTTP, 2L, 3L, 4L, 0L,
                new HealthCheck.Http(null, null, null, null, "ready", null, null));
        var check = SwarmServiceSpec.build(plan(1, policy, List.of())).getTaskTemplate().getContainerSpec().getHealthCheck();
        assertThat(check.getTest()).element(0).isEqualTo("CMD-SHELL");
        assertThat(check.getTest().get(1)).contains("wget -q -O /dev/null 'http://127.0.0.1:8080/ready'")
                .contains("curl -fsS");
        assertThat(check.getInterval()).isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(check.getTimeout()).isEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(check.getRetries()).isEqualTo(4);
        assertThat(check.getStartPeriod()).isZero();

        var defaults = SwarmServiceSpec.healthCheck(HealthCheck.httpPath("/"), 3000);
        assertThat(defaults.getTest().get(1)).contains("http://127.0.0.1:3000/'");
        assertThat(defaults.getInterval()).isEqualTo(Duration.ofSeconds(5).toNanos());
        assertThat(defaults.getRetries()).isEqualTo(10);
        assertThat(SwarmServiceSpec.healthCheck(new HealthCheck(false, null, null, null, null, null, null), 80)).isNull();
        assertThat(SwarmServiceSpec.healthCheck(new HealthCheck(true, HealthCheck.Type.COMMAND, null, null, null, null,
                null), 80)).isNull();
    }

    @Test
    void secretsAreFileReferencesAndTheirValuesStayOutOfTheSpec() {
        var ref = new SwarmServiceSpec.SecretRef("DB_PASSWORD", "sec123", "appaloft-res_1-d1-db_password");
        ServiceSpec spec = SwarmServiceSpec.build(plan(1, null, List.of(ref)));
        var container = spec.getTaskTemplate().getContainerSpec();
        assertThat(container.getEnv()).containsExactly("DB_PASSWORD_FILE=/run/secrets/DB_PASSWORD", "MODE=prod");
        assertThat(container.getSecrets()).singleElement().satisfies(s -> {
            assertThat(s.getSecretId()).isEqualTo("sec123");
            assertThat(s.getSecretName()).isEqualTo("appaloft-res_1-d1-db_password");
            assertThat(s.getFile().getName()).isEqualTo("DB_PASSWORD");
            assertThat(s.getFile().getMode()).isEqualTo(0444L);
        });
        assertThat(spec.toString()).doesNotContain("s3cret");
    }

    @Test
    void replicasAndSecretNamesComeFromTheRequestLabels() {
        assertThat(SwarmServiceSpec.replicas(Map.of())).isEqualTo(1);
        assertThat(SwarmServiceSpec.replicas(Map.of(SwarmServiceSpec.LABEL_REPLICAS, "2"))).isEqualTo(2);
        assertThat(SwarmServiceSpec.replicas(Map.of(SwarmServiceSpec.LABEL_REPLICAS, "zero"))).isEqualTo(1);
        assertThat(SwarmServiceSpec.replicas(Map.of(SwarmServiceSpec.LABEL_REPLICAS, "0"))).isEqualTo(1);
        assertThat(SwarmServiceSpec.secretNames(Map.of(SwarmServiceSpec.LABEL_SECRETS, " A, B,,A ")))
                .containsExactly("A", "B");
        assertThat(SwarmDeploymentRuntime.serviceName(new dev.appaloft.api.runtime.CandidateRequest("n", "i", Map.of(),
                80, null, Map.of("appaloft.resource", "res_AB"), List.of()))).isEqualTo("appaloft-res-ab");
    }
}

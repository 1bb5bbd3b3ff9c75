package dev.appaloft.runtime.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode stack(String config) throws Exception {
        return JSON.readTree("{\"id\":\"s\",\"resources\":{\"web\":{\"config\":" + config
                + ",\"lifecycle\":\"live\",\"dependencies\":[]}}}");
    }

    @Test
    void readsContainersWithTheirDefaults() throws Exception {
        LocalStack stack = LocalStack.parse(stack("{\"id\":\"web\",\"type\":\"container\",\"image\":\"local/busybox:1\","
                + "\"port\":8080,\"command\":[\"httpd\",\"-f\"],\"environment\":{\"A\":\"1\"}}"));
        assertThat(stack.id()).isEqualTo("s");
        LocalStack.Container web = stack.containers().get(0);
        assertThat(web.image()).isEqualTo("local/busybox:1");
        assertThat(web.port()).isEqualTo(8080);
        assertThat(web.command()).isEqualTo(List.of("httpd", "-f"));
        assertThat(web.environment()).isEqualTo(Map.of("A", "1"));
        assertThat(web.healthPath()).isEqualTo("/");
        assertThat(web.healthTimeoutSeconds()).isEqualTo(60);
    }

    @Test
    void namesTheFieldAStackCannotRunWith() throws Exception {
        assertThatThrownBy(() -> LocalStack.parse(stack("{\"id\":\"web\",\"type\":\"function\"}")))
                .isInstanceOf(LocalStack.InvalidStack.class).hasMessageContaining("resources.web.config.type");
        assertThatThrownBy(() -> LocalStack.parse(stack("{\"id\":\"web\",\"type\":\"container\",\"port\":80}")))
                .hasMessageContaining("resources.web.config.image");
        assertThatThrownBy(() -> LocalStack.parse(stack("{\"id\":\"web\",\"type\":\"container\",\"image\":\"x\"}")))
                .hasMessageContaining("resources.web.config.port");
        assertThatThrownBy(() -> LocalStack.parse(null)).hasMessageContaining("no stack");
    }

    @Test
    void containerNamesAreFreshPerAttemptAndSafeForDocker() {
        String a = LocalDockerProvider.containerName("Edge #1", "web");
        String b = LocalDockerProvider.containerName("Edge #1", "web");
        assertThat(a).startsWith("fleet-edge--1-web-").isNotEqualTo(b).matches("[a-z0-9_.-]+");
        assertThat(LocalDockerProvider.prefix("dp_abc")).matches("a[0-9a-f]{7}");
    }
}

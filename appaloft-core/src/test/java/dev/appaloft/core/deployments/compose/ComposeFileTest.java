package dev.appaloft.core.deployments.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.ResourceService;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

    private static final String FIELD = "source.metadata.content";

    @Test
    void aStackListsItsServicesInTheFilesOrderWithTheirImagesAndBuilds() {
        ComposeFile file = ComposeFile.parse("""
                version: "3.8"
                services:
                  web:
                    build: ./web
                    depends_on: [cache]
                  cache:
                    image: redis:7-alpine
                  db:
                    image: registry.example.com:5000/library/postgres:16
                """, FIELD);
        assertThat(file.version()).isEqualTo("3.8");
        assertThat(file.serviceNames()).containsExactly("web", "cache", "db");
        assertThat(file.services().get(0)).isEqualTo(new ComposeService("web", null, true, 3));
        assertThat(file.target("web").name()).isEqualTo("web");
        assertThat(file.services().stream().map(s -> s.asResourceService(s.name().equals("web"))).toList())
                .containsExactly(new ResourceService("web", ResourceService.Kind.WEB),
                        new ResourceService("cache", ResourceService.Kind.CACHE),
                        new ResourceService("db", ResourceService.Kind.DATABASE));
    }

    @Test
    void anchorsAndMergeKeysAreResolvedBeforeTheServicesAreChecked() {
        ComposeFile file = ComposeFile.parse("""
                x-defaults: &defaults
                  image: local/busybox:1
                  restart: unless-stopped
                services:
                  worker:
                    <<: *defaults
                    command: ["sh", "-c", "sleep 1000"]
                  api:
                    <<: [*defaults]
                    image: local/api:2
                """, FIELD);
        assertThat(file.services()).containsExactly(new ComposeService("worker", "local/busybox:1", false, 5),
                new ComposeService("api", "local/api:2", false, 8));
        assertThat(file.version()).isNull();
        ComposeFile single = ComposeFile.parse("services:\n  worker:\n    image: a\n", FIELD);
        assertThat(single.target(null).name()).as("the only service is the routed one").isEqualTo("worker");
    }

    @Test
    void malformedYamlNamesTheLine() {
        invalid("services:\n  web:\n    image: [unclosed\n", "line 4", "not valid YAML");
        invalid("services:\n  web:\n    image: a\n   bad: indentation\n", "line 4", "not valid YAML");
        invalid("services:\n  web:\n    image: a\n  web:\n    image: b\n", "line 4", "duplicate key");
    }

    @Test
    void whatIsNotAComposeFileIsRefusedNamingTheLineAndTheService() {
        invalid("", null, "empty");
        invalid("- just\n- a list\n", "line 1", "a mapping");
        invalid("name: x\nvolumes: {}\n", "line 1", "no 'services'");
        invalid("version: '3'\nservices: []\n", "line 2", "name at least one");
        invalid("services:\n  web: nginx\n", "line 2", "'web' must be a mapping");
        invalid("services:\n  web:\n    image: a\n  worker:\n    command: run\n", "line 4",
                "'worker' has neither an image nor a build");
        invalid("services:\n  'we b':\n    image: a\n", "line 2", "a service name");
        invalid("services:\n  web:\n    image: a\n    container_name: shop\n", "line 4", "container_name");
    }

    @Test
    void aFileOfManyAliasesIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("x-a: &a [x, x, x, x, x, x, x, x, x, x]\nx-b: [");
        for (int i = 0; i < 300; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*a");
        }
        yaml.append("]\nservices:\n  web:\n    image: a\n");
        assertThatThrownBy(() -> ComposeFile.parse(yaml.toString(), FIELD)).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.code()).isEqualTo(ComposeFile.COMPOSE_FILE_INVALID));
    }

    @Test
    void theTargetMustBeADeclaredServiceAndIsRequiredWhenThereAreSeveral() {
        ComposeFile file = ComposeFile.parse("services:\n  web:\n    image: a\n  cache:\n    image: b\n", FIELD);
        for (String target : new String[] {"api", null}) {
            assertThatThrownBy(() -> file.target(target)).isInstanceOfSatisfying(AppaloftException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                assertThat(e.issues().get(0).path()).isEqualTo(List.of("networkProfile", "targetServiceName"));
                assertThat(e.getMessage()).contains("web, cache");
            });
        }
    }

    static void invalid(String yaml, String line, String says) {
        assertThatThrownBy(() -> ComposeFile.parse(yaml, FIELD)).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).isEqualTo(ComposeFile.COMPOSE_FILE_INVALID);
            assertThat(e.code().httpStatus()).isEqualTo(422);
            assertThat(e.getMessage()).contains(says);
            if (line != null) {
                assertThat(e.getMessage()).startsWith(line + ":");
            }
            assertThat(e.issues().get(0).path()).isEqualTo(List.of("source", "metadata", "content"));
        });
    }
}

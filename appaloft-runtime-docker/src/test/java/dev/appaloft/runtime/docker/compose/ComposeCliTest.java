package dev.appaloft.runtime.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which Compose CLI is used: the plugin when it answers, else docker-compose, else a clear error. */
class ComposeCliTest {

    /** A machine that has the given commands (first words) and nothing else. */
    static final class Machine implements ComposeCommands {
        final Set<String> answers;
        final List<List<String>> asked = new ArrayList<>();

        Machine(String... answers) {
            this.answers = Set.of(answers);
        }

        @Override
        public Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeout,
                          Consumer<String> output) {
            asked.add(command);
            String cli = String.join(" ", command.subList(0, command.size() - 1));
            return answers.contains(cli) ? new Result(0, List.of(cli + " version 9.9"))
                    : new Result(cli.startsWith("docker ") ? 125 : -1, List.of(cli.startsWith("docker ")
                    ? "docker: unknown command: docker compose" : cli + " could not be run: No such file"));
        }
    }

    @Test
    void thePluginIsPreferredWhenItAnswers() {
        Machine machine = new Machine("docker compose", "docker-compose");
        ComposeCli cli = ComposeCli.detect(machine);
        assertThat(cli.base()).containsExactly("docker", "compose");
        assertThat(cli.plugin()).isTrue();
        assertThat(cli.version()).isEqualTo("docker compose version 9.9");
        assertThat(machine.asked).hasSize(1);
    }

    @Test
    void withoutThePluginTheStandaloneCliIsUsed() {
        Machine machine = new Machine("docker-compose");
        ComposeCli cli = ComposeCli.detect(machine);
        assertThat(cli.base()).containsExactly("docker-compose");
        assertThat(cli.plugin()).isFalse();
        assertThat(machine.asked).containsExactly(List.of("docker", "compose", "version"), List.of("docker-compose", "version"));
        assertThat(cli.command("appaloft-web-1", List.of("/s/compose.yml", "/t/override.yml"), "up", "-d"))
                .containsExactly("docker-compose", "-p", "appaloft-web-1", "-f", "/s/compose.yml", "-f", "/t/override.yml",
                        "up", "-d");
    }

    @Test
    void noCliAnswersCompose_cli_unavailableSayingWhatWasTried() {
        assertThatThrownBy(() -> ComposeCli.detect(new Machine())).isInstanceOfSatisfying(AppaloftException.class, e -> {
            assertThat(e.code()).isEqualTo(ComposeCli.COMPOSE_CLI_UNAVAILABLE);
            assertThat(e.getMessage()).contains("docker compose: docker: unknown command")
                    .contains("docker-compose: docker-compose could not be run");
        });
    }

    @Test
    void projectNamesAreWhatComposeKeepsAsTheyAre() {
        assertThat(ComposeStacks.projectName("appaloft-Web.Shop-01hx")).isEqualTo("appaloft-web-shop-01hx");
        assertThat(ComposeStacks.projectName("_x")).isEqualTo("s_x");
    }

    @Test
    void theOverrideLabelsEveryServicePublishesOnlyTheRoutedOneAndCarriesNoValues() throws Exception {
        String override = ComposeOverride.render(List.of("web", "cache"), "web", 8080, Map.of("appaloft.resource", "res_1"),
                Set.of("SECRET_TOKEN", "GREETING"));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(override);
        assertThat(tree.at("/services/web/ports").toString()).isEqualTo("[\"127.0.0.1::8080\"]");
        assertThat(tree.at("/services/cache/ports").isMissingNode()).isTrue();
        assertThat(tree.at("/services/cache/labels/appaloft.resource").asText()).isEqualTo("res_1");
        assertThat(tree.at("/services/web/labels/appaloft.compose.target").asText()).isEqualTo("true");
        assertThat(tree.at("/services/cache/labels/appaloft.compose.target").asText()).isEqualTo("false");
        assertThat(tree.at("/services/cache/environment").toString())
                .isEqualTo("{\"GREETING\":\"${APPALOFT_ENV_0}\",\"SECRET_TOKEN\":\"${APPALOFT_ENV_1}\"}");
        assertThat(override).doesNotContain("s3cret");
        var named = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ComposeOverride.render(List.of("db"), "db",
                5432, Map.of(), Set.of(), List.of("data"), "appaloft-res_1"));
        assertThat(named.at("/volumes/data/name").asText()).isEqualTo("appaloft-res_1-data");
        assertThat(tree.has("volumes")).as("no volumes, no section").isFalse();
        assertThat(ComposeOverride.processEnvironment(Map.of("SECRET_TOKEN", "s3cret$x", "GREETING", "hi")))
                .containsExactly(Map.entry("APPALOFT_ENV_0", "hi"), Map.entry("APPALOFT_ENV_1", "s3cret$x"));
    }
}

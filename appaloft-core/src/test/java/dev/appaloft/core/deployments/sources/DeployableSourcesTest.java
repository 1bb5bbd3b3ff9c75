package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.resources.RuntimeProfile;
import dev.appaloft.api.resources.RuntimeProfile.Strategy;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.resources.SourceBinding.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What admission refuses before a deployment is stored, and the strategy a plan starts with. */
class DeployableSourcesTest {

    private static SourceBinding source(Kind kind, String locator) {
        return SourceBinding.of(kind, locator);
    }

    private static RuntimeProfile profile(Strategy strategy, String publish, String start) {
        return new RuntimeProfile(strategy, null, null, start, null, publish, null, null, null, null, null);
    }

    private static void refused(SourceBinding source, RuntimeProfile profile, String field) {
        assertThatThrownBy(() -> DeployableSources.buildStrategy(source, profile))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.issues()).extracting(Issue::path).extracting(p -> String.join(".",
                            p.stream().map(String::valueOf).toList())).contains(field);
                });
    }

    private static void notYet(SourceBinding source, RuntimeProfile profile) {
        assertThatThrownBy(() -> DeployableSources.buildStrategy(source, profile))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_IMPLEMENTED);
                    assertThat(e.getMessage()).contains("not implemented yet");
                });
    }

    @Test
    void everyReadableSourceStartsWithTheStrategyItsProfileImplies() {
        assertThat(DeployableSources.buildStrategy(source(Kind.DOCKER_IMAGE, "nginx:1"), null)).isEqualTo("prebuilt-image");
        assertThat(DeployableSources.buildStrategy(source(Kind.LOCAL_GIT, "/repo"), null)).isEqualTo("dockerfile");
        assertThat(DeployableSources.buildStrategy(source(Kind.ZIP_ARTIFACT, "/a.zip"),
                profile(Strategy.AUTO, "public", null))).isEqualTo("static-artifact");
        assertThat(DeployableSources.buildStrategy(source(Kind.REMOTE_GIT, "file:///srv/shop.git"),
                profile(Strategy.WORKSPACE_COMMANDS, null, null))).isEqualTo("workspace-commands");
        assertThat(DeployableSources.buildStrategy(source(Kind.GIT_PUBLIC, "git@github.com:acme/shop.git"), null))
                .isEqualTo("dockerfile");
        SourceBinding inline = new SourceBinding(Kind.DOCKERFILE_INLINE, "web", null, null, null, null, null, null, null,
                null, null, null, null, null, Map.of("content", "FROM local/busybox:1"));
        assertThat(DeployableSources.buildStrategy(inline, null)).isEqualTo("dockerfile");
    }

    @Test
    void combinationsThatCanNeverWorkAreRefusedNamingTheField() {
        refused(source(Kind.DOCKER_IMAGE, "nginx:1"), profile(Strategy.STATIC, "public", null), "runtimeProfile.strategy");
        refused(source(Kind.LOCAL_FOLDER, "/app"), profile(Strategy.PREBUILT_IMAGE, null, null), "runtimeProfile.strategy");
        refused(source(Kind.LOCAL_FOLDER, "/app"), profile(Strategy.STATIC, null, null), "runtimeProfile.publishDirectory");
        refused(source(Kind.LOCAL_FOLDER, "/app"), profile(Strategy.STATIC, "../../etc", null),
                "runtimeProfile.publishDirectory");
        refused(source(Kind.LOCAL_FOLDER, "/app"), profile(Strategy.STATIC, "/etc", null),
                "runtimeProfile.publishDirectory");
        refused(source(Kind.DOCKERFILE_INLINE, "web"), null, "source.metadata.content");
        refused(source(Kind.REMOTE_GIT, "not a url"), null, "source.locator");
    }

    @Test
    void credentialledGitIsNotImplementedYet() {
        notYet(source(Kind.GIT_GITHUB_APP, "https://github.com/acme/shop"), null);
        notYet(source(Kind.GIT_DEPLOY_KEY, "git@github.com:acme/shop.git"), null);
    }

    @Test
    void composeSourcesAndTheComposeStrategyDeployAsStacks() {
        SourceBinding inline = new SourceBinding(Kind.DOCKER_COMPOSE_INLINE, "stack", null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of("content", "services: {web: {image: a}}"));
        assertThat(DeployableSources.buildStrategy(inline, null)).isEqualTo("compose-deploy");
        assertThat(DeployableSources.buildStrategy(source(Kind.COMPOSE, "/app/compose.yml"), null)).isEqualTo("compose-deploy");
        assertThat(DeployableSources.buildStrategy(source(Kind.LOCAL_FOLDER, "/app"),
                profile(Strategy.DOCKER_COMPOSE, null, null))).isEqualTo("compose-deploy");
        refused(source(Kind.DOCKER_COMPOSE_INLINE, "stack"), null, "source.metadata.content");
        refused(inline, profile(Strategy.DOCKERFILE, null, null), "runtimeProfile.strategy");
        refused(source(Kind.DOCKER_IMAGE, "a/b:1"), profile(Strategy.DOCKER_COMPOSE, null, null), "runtimeProfile.strategy");
    }

    @Test
    void theSourceIsDescribedWithoutTheCredentialsInItsUrl() {
        SourceBinding git = new SourceBinding(Kind.REMOTE_GIT, "https://bot:t0ken-value@git.example.com/shop.git", null,
                null, "main", null, "web", null, null, null, null, null, null, null, null);
        assertThat(DeployableSources.describe(git)).isEqualTo("remote-git https://bot:****@git.example.com/shop.git at main, "
                + "folder web");
    }
}

package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.SourceEventsApi;
import dev.appaloft.api.deployments.CountDeploymentsInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.ConfigureAutoDeployInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.sources.*;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.sources.GitRepos;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.SourceFingerprint;
import dev.appaloft.core.sources.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push to deploy over the facade, on one store: a real git repository on disk (cloned by JGit
 * through {@code file://}), signed GitHub push deliveries, the runtime double.
 */
public abstract class SourceEventScenarios {

    static final String SECRET = "whsec-" + "x".repeat(24);
    @TempDir Path tmp;
    final FakeRuntime runtime = new FakeRuntime();
    Appaloft appaloft;
    GitRepos repo;
    String project;
    String env;
    String server;
    String resource;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        appaloft = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(tmp.resolve("work")).githubWebhookSecret(SECRET)
                .dailyHousekeeping(false).build();
        repo = GitRepos.init(tmp.resolve("shop"));
        repo.commit("first", Map.of("Dockerfile", "FROM local/busybox:1\n", "index.html", "v1"));
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production",
                EnvironmentKind.PRODUCTION, null)).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                new SourceBinding(SourceBinding.Kind.REMOTE_GIT, cloneUrl(), null, null, "main", null, null, null,
                        null, null, null, null, null, null, null), null, NetworkProfile.port(8080))).id();
    }

    @AfterEach
    void stop() {
        repo.close();
        appaloft.close();
    }

    SourceEventsApi events() {
        return appaloft.sourceEvents();
    }

    String cloneUrl() {
        return repo.dir().toUri().toString();
    }

    void enableGitPush(String... refs) {
        appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource, ConfigureAutoDeployInput.Mode.ENABLE,
                null, new ConfigureAutoDeployInput.Policy(AutoDeployPolicy.TriggerKind.GIT_PUSH, List.of(refs),
                List.of(AutoDeployPolicy.EventKind.PUSH), null, null), null));
    }

    static String pushBody(String ref, String after, String cloneUrl) {
        return """
                {"ref":"%s","before":"%s","after":"%s","deleted":false,
                 "repository":{"id":42,"full_name":"acme/shop","clone_url":"%s"},"pusher":{"name":"dev"}}"""
                .formatted(ref, "0".repeat(40), after, cloneUrl);
    }

    SourceEventIngested push(String ref, String after, String deliveryId) {
        String body = pushBody(ref, after, cloneUrl());
        return events().ingestGitHub(new IngestGitHubSourceEventInput(
                WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)), "push", deliveryId, body));
    }

    void awaitDeploymentsEnded() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && appaloft.deployments().count(new CountDeploymentsInput(null, null, null,
                null, List.of(DeploymentStatus.CREATED, DeploymentStatus.PLANNING, DeploymentStatus.PLANNED,
                        DeploymentStatus.RUNNING))).count() > 0) {
            Thread.sleep(20);
        }
    }

    List<StreamRecord> audit(String type) {
        return ((AppaloftEngine) appaloft).store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100_000)).stream()
                .filter(e -> e.type().equals(type)).toList();
    }

    static String code(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            return e.code().code() + " " + e.code().httpStatus() + " " + e.issues().stream()
                    .map(i -> String.join(".", i.path().stream().map(String::valueOf).toList())).toList();
        }
        throw new AssertionError("the call did not fail");
    }

    @Test
    void aSignedPushToALinkedBranchDeploysThatCommitOnce() throws InterruptedException {
        enableGitPush("main");
        String fingerprint = SourceFingerprint.of(SourceFingerprint.repository(cloneUrl()), "main");
        assertThat(events().links(new ListSourceLinksInput(null, resource, null, null)).items())
                .extracting(SourceLinkView::sourceFingerprint).containsExactly(fingerprint);

        String commit = repo.commit("second", Map.of("index.html", "v2"));
        SourceEventIngested first = push("refs/heads/main", commit, "d-1");
        assertThat(first.status()).isEqualTo(SourceEventStatus.DISPATCHED);
        assertThat(first.matchedResourceIds()).containsExactly(resource);
        assertThat(first.createdDeploymentIds()).hasSize(1);
        String deployment = first.createdDeploymentIds().get(0);
        awaitDeploymentsEnded();
        var shown = appaloft.deployments().show(deployment);
        assertThat(shown.status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(shown.deployment().sourceCommitSha()).isEqualTo(commit);

        SourceEventIngested again = push("refs/heads/main", commit, "d-1");
        assertThat(again.status()).isEqualTo(SourceEventStatus.DEDUPED);
        assertThat(again.dedupeOfSourceEventId()).isEqualTo(first.sourceEventId());
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count())
                .isEqualTo(1);

        SourceEventDetail detail = events().show(first.sourceEventId());
        assertThat(detail.sourceKind()).isEqualTo(SourceKind.GITHUB);
        assertThat(detail.eventKind()).isEqualTo(SourceEventKind.PUSH);
        assertThat(detail.ref()).isEqualTo("refs/heads/main");
        assertThat(detail.revision()).isEqualTo(commit);
        assertThat(detail.verification().method()).isEqualTo("provider-signature");
        assertThat(detail.sourceIdentity().repositoryFullName()).isEqualTo("acme/shop");
        assertThat(detail.policyResults()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("dispatched");
            assertThat(r.deploymentId()).isEqualTo(deployment);
        });
        assertThat(events().list(new ListSourceEventsInput(project, null, null, null, null, null)).items())
                .extracting(SourceEventSummary::sourceEventId).containsExactly(first.sourceEventId());
        assertThat(audit("source-event-received")).hasSize(1);
        // the stored record keeps neither the signature nor the secret
        assertThat(audit("source-event-received").get(0).body()).doesNotContain(SECRET).doesNotContain("sha256=");
    }

    @Test
    void aForgedOrUnsignedDeliveryAnswers401AndRecordsNothing() {
        enableGitPush("main");
        String body = pushBody("refs/heads/main", "a".repeat(40), cloneUrl());
        assertThat(code(() -> events().ingestGitHub(new IngestGitHubSourceEventInput(
                WebhookSignature.sign("not-the-secret", body.getBytes(StandardCharsets.UTF_8)), "push", "d-x", body))))
                .startsWith("source_event_signature_invalid 401");
        assertThat(code(() -> events().ingestGitHub(new IngestGitHubSourceEventInput(null, "push", "d-x", body))))
                .startsWith("source_event_signature_missing 401");
        assertThat(code(() -> events().ingestGitHub(new IngestGitHubSourceEventInput("sha256=zz", "push", "d-x", body))))
                .startsWith("source_event_signature_invalid 401");
        // a body changed after signing
        String signed = WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8));
        assertThat(code(() -> events().ingestGitHub(new IngestGitHubSourceEventInput(signed, "push", "d-x",
                body.replace("main", "prod"))))).startsWith("source_event_signature_invalid 401");
        assertThat(events().list(new ListSourceEventsInput(null, null, null, null, null, null)).items()).isEmpty();
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count()).isZero();
    }

    @Test
    void malformedDeliveriesNameTheFieldAndPingRecordsNothing() {
        String ok = pushBody("refs/heads/main", "b".repeat(40), cloneUrl());
        assertThat(code(() -> events().ingestGitHub(signed("push", null, ok)))).isEqualTo(
                "validation_error 400 [X-GitHub-Delivery]");
        assertThat(code(() -> events().ingestGitHub(signed("push", "d", pushBody("refs/heads/main", "nothex", cloneUrl())))))
                .isEqualTo("validation_error 400 [after]");
        assertThat(code(() -> events().ingestGitHub(signed("push", "d", pushBody("refs/pull/1/head", "b".repeat(40),
                cloneUrl()))))).isEqualTo("validation_error 400 [ref]");
        assertThat(code(() -> events().ingestGitHub(signed("push", "d", "{\"ref\":\"refs/heads/main\",\"after\":\""
                + "b".repeat(40) + "\"}")))).isEqualTo("validation_error 400 [repository]");
        assertThat(code(() -> events().ingestGitHub(signed("push", "d", "not json")))).startsWith("malformed_request 400");
        assertThat(code(() -> events().ingestGitHub(signed("issues", "d", ok))))
                .startsWith("source_event_kind_unsupported 400");
        SourceEventIngested ping = events().ingestGitHub(signed("ping", "d-ping", "{\"zen\":\"hi\"}"));
        assertThat(ping.sourceEventId()).isNull();
        assertThat(ping.status()).isEqualTo(SourceEventStatus.IGNORED);
        assertThat(events().list(new ListSourceEventsInput(null, null, null, null, null, null)).items()).isEmpty();
    }

    IngestGitHubSourceEventInput signed(String event, String delivery, String body) {
        return new IngestGitHubSourceEventInput(WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)),
                event, delivery, body);
    }

    @Test
    void pushesThatMatchNoPolicyAreRecordedAsIgnoredWithTheirReason() {
        SourceEventIngested unlinked = push("refs/heads/develop", "c".repeat(40), "d-2");
        assertThat(unlinked.status()).isEqualTo(SourceEventStatus.IGNORED);
        assertThat(unlinked.ignoredReasons()).containsExactly(SourceEventIgnoredReason.NO_MATCHING_POLICY);

        // a link without an enabled policy, then a policy whose refs do not take the branch
        String develop = SourceFingerprint.of(SourceFingerprint.repository(cloneUrl()), "develop");
        events().relink(new RelinkSourceLinkInput(develop, project, env, resource, server, null, null, null, null,
                "test"));
        assertThat(push("refs/heads/develop", "c".repeat(40), "d-3").ignoredReasons())
                .containsExactly(SourceEventIgnoredReason.POLICY_DISABLED);
        enableGitPush("main", "release/*");
        SourceEventIngested notMatched = push("refs/heads/develop", "c".repeat(40), "d-4");
        assertThat(notMatched.status()).isEqualTo(SourceEventStatus.IGNORED);
        assertThat(notMatched.ignoredReasons()).containsExactly(SourceEventIgnoredReason.REF_NOT_MATCHED);
        assertThat(events().show(notMatched.sourceEventId()).policyResults()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("ref-not-matched"));
        assertThat(events().list(new ListSourceEventsInput(null, resource, SourceEventStatus.IGNORED, SourceKind.GITHUB,
                null, null)).items()).hasSize(2);
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count()).isZero();
    }

    @Test
    void aReplayDeploysAgainAndAKeyMakesItIdempotent() throws InterruptedException {
        enableGitPush("main");
        String commit = repo.commit("second", Map.of("index.html", "v2"));
        SourceEventIngested first = push("refs/heads/main", commit, "d-5");
        awaitDeploymentsEnded();
        SourceEventReplayed replay = events().replay(new ReplaySourceEventInput(first.sourceEventId(), null, null, "k1"));
        assertThat(replay.schemaVersion()).isEqualTo("source-events.replay/v1");
        assertThat(replay.status()).isEqualTo(SourceEventStatus.DISPATCHED);
        assertThat(replay.createdDeploymentIds()).hasSize(1).doesNotContainAnyElementsOf(first.createdDeploymentIds());
        awaitDeploymentsEnded();
        SourceEventReplayed repeated = events().replay(new ReplaySourceEventInput(first.sourceEventId(), null, null, "k1"));
        assertThat(repeated.createdDeploymentIds()).isEqualTo(replay.createdDeploymentIds());
        assertThat(appaloft.deployments().count(new CountDeploymentsInput(null, null, null, null, null)).count())
                .isEqualTo(2);
        assertThat(events().show(first.sourceEventId()).createdDeploymentIds()).hasSize(2);
        assertThat(audit("source-event-replayed")).hasSize(1);
        assertThat(code(() -> events().replay(new ReplaySourceEventInput(first.sourceEventId(), "prj_other", null,
                null)))).startsWith("source_event_not_found 404");
    }

    @Test
    void aGenericSignedWebhookDeploysItsResourceWithTheSecretItsPolicyNames() throws InterruptedException {
        appaloft.resources().createSecret(new dev.appaloft.api.resources.CreateResourceSecretInput(resource,
                "HOOK_SECRET", "generic-" + SECRET, null));
        String body = "{\"ref\":\"main\",\"revision\":\"" + "d".repeat(40) + "\",\"deliveryId\":\"g-1\"}";
        IngestGenericSignedSourceEventInput unconfigured = new IngestGenericSignedSourceEventInput(resource,
                WebhookSignature.sign("generic-" + SECRET, body.getBytes(StandardCharsets.UTF_8)), null, body);
        assertThat(code(() -> events().ingestGenericSigned(unconfigured)))
                .startsWith("source_event_provider_webhook_not_configured 503");
        appaloft.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource,
                ConfigureAutoDeployInput.Mode.ENABLE, null, new ConfigureAutoDeployInput.Policy(
                AutoDeployPolicy.TriggerKind.GENERIC_SIGNED_WEBHOOK, List.of("main"),
                List.of(AutoDeployPolicy.EventKind.PUSH), "resource-secret:HOOK_SECRET", null), null));
        assertThat(code(() -> events().ingestGenericSigned(new IngestGenericSignedSourceEventInput(resource,
                WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)), null, body))))
                .startsWith("source_event_signature_invalid 401");
        SourceEventIngested ingested = events().ingestGenericSigned(unconfigured);
        assertThat(ingested.status()).isEqualTo(SourceEventStatus.DISPATCHED);
        assertThat(ingested.createdDeploymentIds()).hasSize(1);
        assertThat(events().ingestGenericSigned(unconfigured).status()).isEqualTo(SourceEventStatus.DEDUPED);
        assertThat(events().show(ingested.sourceEventId()).verification().method()).isEqualTo("generic-hmac");
        String extra = "{\"ref\":\"main\",\"revision\":\"abc\",\"payload\":{}}";
        assertThat(code(() -> events().ingestGenericSigned(new IngestGenericSignedSourceEventInput(resource,
                WebhookSignature.sign("generic-" + SECRET, extra.getBytes(StandardCharsets.UTF_8)), null, extra))))
                .isEqualTo("validation_error 400 [payload]");
        assertThat(code(() -> events().ingestGenericSigned(new IngestGenericSignedSourceEventInput("res_missing",
                "sha256=00", null, body)))).startsWith("not_found 404");
        awaitDeploymentsEnded();
    }

    @Test
    void withoutAWebhookSecretGitHubDeliveriesAnswer503() {
        try (AppaloftEngine bare = AppaloftEngine.builder().store(openStore())
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).dailyHousekeeping(false).build()) {
            String body = pushBody("refs/heads/main", "e".repeat(40), cloneUrl());
            assertThat(code(() -> bare.sourceEvents().ingestGitHub(signed("push", "d", body))))
                    .startsWith("source_event_provider_webhook_not_configured 503");
            assertThat(bare.sourceEvents().gitHubAppConnection().configurationStatus()).isEqualTo("not-configured");
        }
    }

    @Test
    void pruneIsADryRunUnlessToldAndKeepsNewerEvents() {
        push("refs/heads/a", "1".repeat(40), "p-1");
        push("refs/heads/b", "2".repeat(40), "p-2");
        String future = java.time.Instant.now().plusSeconds(60).toString();
        SourceEventsPruned dry = events().prune(new PruneSourceEventsInput(future, null, null, null, null, null));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(2);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.countsByStatus()).containsEntry("ignored", 2L);
        assertThat(dry.countsBySourceKind()).containsEntry("github", 2L);
        assertThat(events().prune(new PruneSourceEventsInput("2000-01-01T00:00:00Z", null, null, null, null, false))
                .matchedCount()).isZero();
        SourceEventsPruned done = events().prune(new PruneSourceEventsInput(future, null, null, null, null, false));
        assertThat(done.prunedCount()).isEqualTo(2);
        assertThat(events().list(new ListSourceEventsInput(null, null, null, null, null, null)).items()).isEmpty();
        assertThat(audit("source-events-pruned")).hasSize(1);
        assertThat(code(() -> events().prune(new PruneSourceEventsInput(null, null, null, null, null, null))))
                .isEqualTo("validation_error 400 [before]");
    }

    @Test
    void listsPageWithACursorNewestFirst() {
        for (int i = 0; i < 5; i++) {
            push("refs/heads/b" + i, Integer.toString(i).repeat(40), "page-" + i);
        }
        SourceEventList page = events().list(new ListSourceEventsInput(null, null, null, null, 2, null));
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNotNull();
        SourceEventList rest = events().list(new ListSourceEventsInput(null, null, null, null, 10, page.nextCursor()));
        assertThat(rest.items()).hasSize(3).extracting(SourceEventSummary::sourceEventId)
                .doesNotContainAnyElementsOf(page.items().stream().map(SourceEventSummary::sourceEventId).toList());
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void relinkMovesALinkAsACompareAndSetAndDeleteRemovesIt() {
        String other = appaloft.resources().create(new CreateResourceInput(project, env, null, "api", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/api:1"), null, NetworkProfile.port(8080))).id();
        String fingerprint = "source-fingerprint:v1:example.com%2Facme%2Fshop:main";
        SourceLinkRelinked created = events().relink(new RelinkSourceLinkInput(fingerprint, project, env, resource, null,
                null, null, null, null, "first"));
        assertThat(created.resourceId()).isEqualTo(resource);
        assertThat(code(() -> events().relink(new RelinkSourceLinkInput(fingerprint, project, env, other, null, null,
                null, null, other, null)))).startsWith("conflict 409");
        SourceLinkRelinked moved = events().relink(new RelinkSourceLinkInput(fingerprint, project, env, other, server,
                null, project, env, resource, "moved"));
        assertThat(moved.serverId()).isEqualTo(server);
        SourceLinkShown shown = events().link(fingerprint);
        assertThat(shown.schemaVersion()).isEqualTo("source-links.show/v1");
        assertThat(shown.sourceLink().resourceId()).isEqualTo(other);
        assertThat(shown.sourceLink().reason()).isEqualTo("moved");
        assertThat(events().links(new ListSourceLinksInput(null, null, server, null)).items()).hasSize(1);
        assertThat(code(() -> events().relink(new RelinkSourceLinkInput(fingerprint, project, "env_other", other, null,
                null, null, null, null, null)))).isEqualTo("validation_error 400 [environmentId]");
        assertThat(code(() -> events().relink(new RelinkSourceLinkInput(fingerprint, project, env, "res_nope", null,
                null, null, null, null, null)))).startsWith("not_found 404");
        assertThat(events().deleteLink(fingerprint, "done").deleted()).isTrue();
        assertThat(code(() -> events().link(fingerprint))).startsWith("not_found 404");
        assertThat(code(() -> events().deleteLink(fingerprint, null))).startsWith("not_found 404");
        assertThat(audit("source-link-relinked")).hasSize(2);
        assertThat(audit("source-link-deleted")).hasSize(1);
        // another organization sees none of it
        Actor stranger = new Actor(Actor.Kind.USER, "usr_x", "org_other", Actor.Role.OWNER);
        assertThat(appaloft.as(stranger).sourceEvents().links(new ListSourceLinksInput(null, null, null, null)).items())
                .isEmpty();
    }

    @Test
    void integrationsSayWhatIsConfiguredAndNothingMore() {
        IntegrationList list = events().integrations();
        assertThat(list.items()).extracting(IntegrationList.Integration::key).containsExactly("github", "generic-signed");
        assertThat(list.items().get(0).configuration().status()).isEqualTo("partial");
        GitHubAppConnection connection = events().gitHubAppConnection();
        assertThat(connection.connected()).isFalse();
        assertThat(connection.configurationStatus()).isEqualTo("partial");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> events().gitHubRepositories(null), dev.appaloft.api.error.AppaloftException.class).code())
                .isEqualTo(dev.appaloft.api.error.ErrorCode.GITHUB_APP_NOT_CONFIGURED);
    }

    @Test
    void concurrentRedeliveriesAreStoredOnce() throws Exception {
        enableGitPush("release");
        String delivery = UUID.randomUUID().toString();
        List<java.util.concurrent.Future<SourceEventIngested>> results = new java.util.ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> push("refs/heads/main", "f".repeat(40), delivery)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var r : results) {
                ids.add(r.get().sourceEventId());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events().list(new ListSourceEventsInput(null, null, null, null, null, null)).items()).hasSize(1);
        assertThatThrownBy(() -> events().show("sevt_missing")).isInstanceOf(AppaloftException.class);
    }
}

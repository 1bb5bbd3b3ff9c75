package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static dev.appaloft.core.deployments.FakeCapacity.container;
import static dev.appaloft.core.deployments.FakeCapacity.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.capacity.CapacityProblem;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.servers.capacity.*;
import dev.appaloft.api.servers.capacity.ServerCapacityPruned.Candidate;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.work.WorkFilter;
import dev.appaloft.api.store.work.WorkItem;
import dev.appaloft.api.store.work.WorkStatus;
import dev.appaloft.core.deployments.FakeCapacity;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.servers.capacity.ScheduledRuntimePrune;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code servers.capacity.*} through the facade on one store, with a fake machine: what inspect
 * reports, which of Appaloft's leftovers a prune keeps and why (another organization's and another
 * server's are not even listed), what a real run removes, scheduled runs on the work queue, and
 * the stored policies (one per scope and server, idempotent, per organization).
 */
public abstract class CapacityScenarios {

    static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(30));
    static final Instant CUTOFF = Instant.now().minus(Duration.ofDays(1));

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeCapacity capacity = new FakeCapacity();
    Appaloft.Session other;
    String project;
    String env;
    String resource;
    String server;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.capacity = capacity;
        store = openStore();
        engine = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).stateDirectory(dir.resolve("state"))
                .dailyHousekeeping(false).workers(2, Duration.ofSeconds(3), Duration.ofMillis(20)).build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        SampleApp app = SampleApp.create(engine.system());
        project = app.project();
        env = app.env();
        resource = app.resource();
        server = app.server();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private String deploy(Appaloft.Session as, String p, String e, String r, String s, boolean healthy) {
        runtime.healthy = healthy;
        String id = as.deployments().create(new CreateDeploymentInput(p, s, null, e, r, null)).id();
        assertThat(as.deployments().show(id).status().current())
                .isEqualTo(healthy ? DeploymentStatus.SUCCEEDED : DeploymentStatus.FAILED);
        runtime.healthy = true;
        return id;
    }

    private String deploy(boolean healthy) {
        return deploy(engine.system(), project, env, resource, server, healthy);
    }

    /** A build workspace left behind by a deployment, last changed at {@code at}. */
    private Path workspace(String deploymentId, Instant at) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("work").resolve(deploymentId).resolve("source"));
        Path file = Files.writeString(folder.resolve("Dockerfile"), "FROM local/busybox:1\n");
        for (Path p : List.of(file, folder, folder.getParent())) {
            Files.setLastModifiedTime(p, FileTime.from(at));
        }
        return folder.getParent();
    }

    private static Map<String, Candidate> byId(ServerCapacityPruned pruned) {
        return pruned.candidates().stream().collect(Collectors.toMap(Candidate::id, c -> c, (a, b) -> a));
    }

    private long auditCount(String type) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 100_000)).stream().filter(e -> e.type().equals(type))
                .count();
    }

    @Test
    void aPruneKeepsWhatTheDeploymentRulesGuardAndARealRunRemovesOnlyTheRest() throws Exception {
        String failed = deploy(false);
        String older = deploy(true);   // a rollback candidate once the next one succeeds
        String current = deploy(true);  // the running instance
        String otherServer = engine.servers().create(CreateServerInput.localShell("second host")).id();
        String elsewhere = deploy(engine.system(), project, env, resource, otherServer, false);
        String op = other.projects().create(CreateProjectInput.named("theirs")).id();
        String oe = other.environments().create(new CreateEnvironmentInput(op, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        String or = other.resources().create(new CreateResourceInput(op, oe, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        String theirServer = other.servers().create(CreateServerInput.localShell("their host")).id();
        String theirs = deploy(other, op, oe, or, theirServer, false);
        runtime.instances.clear();
        capacity.containers.addAll(List.of(
                container("c-failed", failed, resource, false, LONG_AGO, "data-volume"),
                container("c-recent", failed, resource, false, Instant.now()),
                container("c-running", failed, resource, true, null),
                container("c-current", current, resource, false, LONG_AGO),
                container("c-older", older, resource, false, LONG_AGO),
                container("c-elsewhere", elsewhere, resource, false, LONG_AGO),
                container("c-theirs", theirs, or, false, LONG_AGO),
                container("c-orphan", "dep_gone", resource, false, LONG_AGO),
                container("c-stranger", "dep_gone", "res_nobody", false, LONG_AGO)));
        capacity.images.addAll(List.of(image("sha256:failed", failed, LONG_AGO), image("sha256:older", older, LONG_AGO),
                image("sha256:theirs", theirs, LONG_AGO)));
        Path leftover = workspace(failed, LONG_AGO);
        workspace(current, LONG_AGO);
        workspace(theirs, LONG_AGO);

        ServerCapacityPruned dry = engine.servers().pruneCapacity(new PruneServerCapacityInput(server, CUTOFF.toString(),
                null, null));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.categories()).isEqualTo(PruneCategory.PRUNE_DEFAULTS);
        Map<String, Candidate> seen = byId(dry);
        assertThat(seen.keySet()).as("another server's, another organization's and a stranger's are not listed")
                .doesNotContain("c-elsewhere", "c-theirs", "c-stranger", theirs);
        assertThat(seen.get("c-failed").action()).isEqualTo("matched");
        assertThat(seen.get("data-volume").action()).isEqualTo("excluded");
        assertThat(seen.get("data-volume").skippedReason()).isEqualTo("volume-excluded");
        assertThat(seen.get("c-recent").skippedReason()).isEqualTo("cutoff-not-reached");
        assertThat(seen.get("c-running").skippedReason()).isEqualTo("active-runtime");
        assertThat(seen.get("c-current").skippedReason()).isEqualTo("active-runtime");
        assertThat(seen.get("c-older").skippedReason()).isEqualTo("rollback-candidate");
        assertThat(seen.get("c-orphan").skippedReason()).isEqualTo("ownership-unproven");
        assertThat(seen.get(failed).action()).isEqualTo("matched");
        assertThat(seen.get(failed).category()).isEqualTo(PruneCategory.SOURCE_WORKSPACES);
        assertThat(seen.get(current).skippedReason()).isEqualTo("active-runtime");
        assertThat(seen.get("preview-workspaces").skippedReason()).isEqualTo("unsupported-category");
        assertThat(seen).as("images only when asked for").doesNotContainKey("sha256:failed");
        assertThat(dry.summary().matchedCount()).isEqualTo(2);
        assertThat(dry.summary().prunedCount()).isZero();
        assertThat(dry.summary().excludedCount()).isEqualTo(1);
        assertThat(dry.summary().reclaimedBytes()).as("what it would free").isPositive();
        assertThat(capacity.removed).as("a dry run removes nothing").isEmpty();
        assertThat(Files.exists(leftover)).isTrue();
        assertThat(auditCount("server.capacity-pruned")).as("a dry run leaves no audit event").isZero();

        ServerCapacityPruned real = engine.servers().pruneCapacity(PruneServerCapacityInput.destructive(server, CUTOFF,
                PruneCategory.STOPPED_CONTAINERS, PruneCategory.UNUSED_IMAGES, PruneCategory.SOURCE_WORKSPACES));
        assertThat(capacity.removed).containsExactlyInAnyOrder("c-failed", "sha256:failed");
        assertThat(Files.exists(leftover)).isFalse();
        assertThat(Files.exists(dir.resolve("work").resolve(current))).isTrue();
        assertThat(Files.exists(dir.resolve("work").resolve(theirs))).isTrue();
        Map<String, Candidate> done = byId(real);
        assertThat(done.get("c-failed").action()).isEqualTo("pruned");
        assertThat(done.get("sha256:older").skippedReason()).isEqualTo("rollback-candidate");
        assertThat(done).doesNotContainKey("sha256:theirs");
        assertThat(real.summary().prunedCount()).isEqualTo(3);
        assertThat(real.summary().reclaimedBytes()).isEqualTo(1_000 + 2_000 + 21);
        assertThat(auditCount("server.capacity-pruned")).isEqualTo(1);
        assertThat(store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 100_000)).stream()
                .filter(e -> e.type().equals("server.capacity-pruned")).map(e -> e.body()).findFirst().orElseThrow())
                .as("the event has counts, never paths or names").doesNotContain(dir.toString(), "c-failed");
    }

    @Test
    void inspectReportsTheMachineAndWhatOfItIsAppaloftsWithoutChangingIt() throws Exception {
        String failed = deploy(false);
        String current = deploy(true);
        capacity.containers.addAll(List.of(container("c-failed", failed, resource, false, LONG_AGO),
                container("c-current", current, resource, true, null)));
        capacity.images.add(image("sha256:failed", failed, LONG_AGO));
        workspace(failed, LONG_AGO);
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state/appaloft.db"), "x".repeat(100));

        ServerCapacityReport report = engine.servers().inspectCapacity(server);
        assertThat(report.schemaVersion()).isEqualTo("servers.capacity.inspect/v1");
        assertThat(report.server().id()).isEqualTo(server);
        assertThat(report.server().targetKind()).isEqualTo("single-server");
        assertThat(report.disk()).hasSize(1);
        assertThat(report.warnings()).extracting(CapacityWarning::code).containsExactly("high-disk-usage");
        assertThat(report.partial()).isFalse();
        assertThat(report.memory().used()).isEqualTo(2_000_000_000L);
        assertThat(report.cpu().logicalCores()).isEqualTo(4);
        assertThat(report.docker().imagesSize()).isEqualTo(5_000);
        assertThat(report.engine().version()).isEqualTo("20.10.24");
        assertThat(report.responseHeaders()).containsEntry(ServerCapacityReport.DOCKER_VERSION_HEADER, "20.10.24");
        assertThat(report.appaloftContainers()).extracting(ServerCapacityReport.AppaloftContainer::id)
                .containsExactlyInAnyOrder("c-failed", "c-current");
        ServerCapacityReport.AppaloftContainer c = report.appaloftContainers().stream()
                .filter(x -> x.id().equals("c-failed")).findFirst().orElseThrow();
        assertThat(c.projectId()).isEqualTo(project);
        assertThat(c.serverId()).isEqualTo(server);
        assertThat(c.artifactKind()).isEqualTo("prebuilt-image");
        assertThat(report.appaloftWorkspaces()).extracting(ServerCapacityReport.AppaloftWorkspace::deploymentId)
                .containsExactly(failed);
        assertThat(report.appaloftRuntime().runtimeRoot().path()).isEqualTo("/var/lib/docker");
        assertThat(report.appaloftRuntime().stateRoot().size()).isEqualTo(100);
        assertThat(report.appaloftRuntime().sourceWorkspace().size()).isEqualTo(21);
        assertThat(report.safeReclaimableEstimate().stoppedContainersSize()).isEqualTo(1_000);
        assertThat(report.safeReclaimableEstimate().danglingImagesSize()).isEqualTo(2_000);
        assertThat(report.safeReclaimableEstimate().total()).isEqualTo(3_000);
        assertThat(capacity.removed).isEmpty();

        capacity.withProblem(new CapacityProblem(CapacityProblem.Kind.DOCKER_UNAVAILABLE, CapacityProblem.Area.DOCKER,
                "the Docker engine does not answer"));
        ServerCapacityReport partial = engine.servers().inspectCapacity(server);
        assertThat(partial.partial()).isTrue();
        assertThat(partial.warnings()).extracting(CapacityWarning::code).contains("docker-unavailable");
    }

    @Test
    void aProviderWithoutCapacityIsReportedOnInspectAndRefusedOnPrune() {
        String cloud = engine.servers().create(new CreateServerInput("cloud box", "203.0.113.9", "aliyun", null, 22L,
                null)).id();
        ServerCapacityReport report = engine.servers().inspectCapacity(cloud);
        assertThat(report.partial()).isTrue();
        assertThat(report.warnings()).extracting(CapacityWarning::code).containsExactly("unsupported-provider");
        assertThat(report.memory().total()).isNull();
        assertFails(() -> engine.servers().pruneCapacity(PruneServerCapacityInput.destructive(cloud, CUTOFF)),
                ErrorCode.RUNTIME_TARGET_UNSUPPORTED);
    }

    @Test
    void anotherOrganizationsServerIsNotFoundAndBadInputNamesTheField() {
        assertFails(() -> other.servers().inspectCapacity(server), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().pruneCapacity(PruneServerCapacityInput.dryRun(server, CUTOFF)),
                ErrorCode.NOT_FOUND);
        assertThat(fields(() -> engine.servers().pruneCapacity(new PruneServerCapacityInput(server, null, null, null))))
                .containsExactly("before");
        assertThat(fields(() -> engine.servers().pruneCapacity(new PruneServerCapacityInput(server, "yesterday",
                List.of(), null)))).containsExactlyInAnyOrder("before", "categories");
        assertThat(fields(() -> engine.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput(null, " ",
                null, null, 0L, null, List.of(), null, null)))).containsExactlyInAnyOrder("scope", "retentionDays",
                "version", "categories");
        assertThat(fields(() -> engine.servers().listCapacityPolicies(new ListCapacityPoliciesInput(null, null, "maybe"))))
                .containsExactly("enabledOnly");
    }

    @Test
    void policiesAreOnePerScopeAndServerIdempotentAndPerOrganization() {
        String id = engine.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(PrunePolicyScope.SYSTEM,
                null, 7)).id();
        CapacityPolicy shown = engine.servers().showCapacityPolicy(id).policy();
        assertThat(shown.serverId()).isEqualTo("*");
        assertThat(shown.version()).isEqualTo("v1");
        assertThat(shown.destructive()).isFalse();
        assertThat(shown.categories()).containsExactly(PruneCategory.STOPPED_CONTAINERS);
        assertThat(shown.categoryCount()).isEqualTo(1);
        assertThat(shown.retryOnFailure()).isTrue();
        assertThat(shown.enabled()).isTrue();
        long events = auditCount("server.capacity-policy-configured");
        assertThat(engine.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(PrunePolicyScope.SYSTEM,
                null, 7)).id()).isEqualTo(id);
        assertThat(auditCount("server.capacity-policy-configured")).as("configured as it is: nothing written")
                .isEqualTo(events);
        assertThat(engine.servers().showCapacityPolicy(id).policy().updatedAt()).isEqualTo(shown.updatedAt());
        assertThat(engine.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput(null, "v2",
                PrunePolicyScope.SYSTEM, "*", 3L, true, List.of(PruneCategory.UNUSED_IMAGES,
                PruneCategory.STOPPED_CONTAINERS), false, false)).id()).as("the same scope and server: updated")
                .isEqualTo(id);
        CapacityPolicy updated = engine.servers().showCapacityPolicy(id).policy();
        assertThat(updated.retentionDays()).isEqualTo(3);
        assertThat(updated.version()).isEqualTo("v2");
        assertThat(updated.categories()).containsExactly(PruneCategory.UNUSED_IMAGES, PruneCategory.STOPPED_CONTAINERS);
        assertThat(updated.enabled()).isFalse();

        String named = engine.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput("rpp_mine", null,
                PrunePolicyScope.PROJECT, server, 14L, null, null, null, null)).id();
        assertThat(named).isEqualTo("rpp_mine");
        assertFails(() -> engine.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput("rpp_mine", null,
                PrunePolicyScope.SYSTEM, "*", 1L, null, null, null, null)), ErrorCode.CAPACITY_POLICY_CONFLICT);
        assertFails(() -> engine.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(
                PrunePolicyScope.PROJECT, "srv_nowhere", 1)), ErrorCode.NOT_FOUND);

        assertThat(engine.servers().listCapacityPolicies(ListCapacityPoliciesInput.all()).items())
                .extracting(CapacityPolicy::id).containsExactly("rpp_mine", id);
        assertThat(engine.servers().listCapacityPolicies(ListCapacityPoliciesInput.of(null, null, true)).items())
                .extracting(CapacityPolicy::id).containsExactly("rpp_mine");
        assertThat(engine.servers().listCapacityPolicies(new ListCapacityPoliciesInput("*", PrunePolicyScope.SYSTEM,
                null)).items()).extracting(CapacityPolicy::id).containsExactly(id);
        assertThat(engine.servers().showCapacityPolicy("rpp_unknown").policy()).isNull();

        assertThat(other.servers().listCapacityPolicies(ListCapacityPoliciesInput.all()).items()).isEmpty();
        assertThat(other.servers().showCapacityPolicy(id).policy()).isNull();
        assertFails(() -> other.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput(id, null,
                PrunePolicyScope.SYSTEM, null, 1L, null, null, null, null)), ErrorCode.NOT_FOUND);
        assertFails(() -> other.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(
                PrunePolicyScope.PROJECT, server, 1)), ErrorCode.NOT_FOUND);
        String theirs = other.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(PrunePolicyScope.SYSTEM,
                null, 7)).id();
        assertThat(theirs).isNotEqualTo(id);
    }

    @Test
    void aScheduledRunIsOneWorkItemPerServerAndHourAndPrunesAsThePolicySays() throws Exception {
        String failed = deploy(false);
        capacity.containers.add(container("c-failed", failed, resource, false, LONG_AGO));
        assertThat(engine.scheduleRuntimePrunes()).as("no policy, no run").isZero();

        engine.servers().configureCapacityPolicy(ConfigureCapacityPolicyInput.of(PrunePolicyScope.ORGANIZATION, null, 2));
        assertThat(engine.scheduleRuntimePrunes()).isEqualTo(1);
        WorkItem dryRun = awaitItem(1);
        awaitWork(dryRun.id());
        assertThat(capacity.removed).as("a policy that is not destructive only looks").isEmpty();
        assertThat(engine.scheduleRuntimePrunes()).isEqualTo(1);
        assertThat(items()).as("the same hour's run is the same item").hasSize(1);

        engine.servers().configureCapacityPolicy(new ConfigureCapacityPolicyInput(null, null, PrunePolicyScope.PROJECT,
                server, 2L, true, null, false, null));
        engine.scheduleRuntimePrunes();
        WorkItem destructive = awaitItem(2);
        assertThat(destructive.maxAttempts()).as("retryOnFailure false: one attempt").isEqualTo(1);
        awaitWork(destructive.id());
        assertThat(capacity.removed).containsExactly("c-failed");
        assertThat(auditCount("server.capacity-pruned")).isEqualTo(1);
    }

    private List<WorkItem> items() {
        return store.work().list(WorkFilter.all().kinds(Set.of(ScheduledRuntimePrune.KIND)));
    }

    private WorkItem awaitItem(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (items().size() < count) {
            assertThat(System.nanoTime()).as("%s scheduled items", count).isLessThan(deadline);
            Thread.sleep(20);
        }
        return items().stream().max(java.util.Comparator.comparing(WorkItem::createdAt)).orElseThrow();
    }

    private void awaitWork(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (store.work().find(id).orElseThrow().status() != WorkStatus.SUCCEEDED) {
            assertThat(System.nanoTime()).as("work %s succeeds: %s", id, store.work().find(id)).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.issues().stream().map(i -> String.valueOf(i.path().get(0))).distinct().toList();
        }
        throw new AssertionError("expected a validation error");
    }
}

package dev.appaloft.core.fleet;

import static dev.appaloft.api.fleet.FleetDeploymentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.Actor;
import dev.appaloft.api.FleetApi;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.fleet.*;
import dev.appaloft.api.fleet.provider.StepRequest;
import dev.appaloft.api.fleet.provider.StepResult;
import dev.appaloft.api.fleet.provider.UnsupportedPlatform;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.MutableClock;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet model and its sync protocol through the facade, on every store. */
public abstract class FleetScenarios {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration LEASE = Duration.ofSeconds(30);

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    protected Store store;
    protected AppaloftEngine engine;
    protected FleetApi admin;

    /** A store whose leases follow {@code clock}. */
    protected abstract Store openStore(MutableClock clock);

    @BeforeEach
    void start() {
        store = openStore(clock);
        engine = AppaloftEngine.builder().store(store).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .fleet(FleetOptions.defaults().withLeaseTtl(LEASE)).build();
        admin = engine.fleet();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    // ---- helpers -------------------------------------------------------------------------------

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode stack(String id) {
        return json("{\"id\":\"" + id + "\",\"resources\":{\"web\":{\"config\":{\"id\":\"web\",\"type\":\"container\","
                + "\"image\":\"local/busybox:1\"},\"lifecycle\":\"live\",\"dependencies\":[]}}}");
    }

    String release(Platform... platforms) {
        StringBuilder sb = new StringBuilder("{");
        for (Platform p : platforms) {
            sb.append(sb.length() > 1 ? "," : "").append('"').append(p.wire()).append("\":").append(stack("s"));
        }
        clock.advance(Duration.ofMillis(5)); // releases are ordered by creation time
        return admin.createRelease(new CreateReleaseInput(json(sb.append('}').toString()), null)).id();
    }

    String group(String name, long max) {
        return admin.createGroup(new CreateDeploymentGroupInput(name, max)).id();
    }

    String deployment(String group, String name, Platform platform) {
        return admin.createDeployment(CreateFleetDeploymentInput.of(name, platform, group)).deployment().id();
    }

    FleetApi as(Actor actor) {
        return engine.as(actor).fleet();
    }

    FleetApi token(String raw) {
        return as(admin.authenticate(raw));
    }

    FleetDeploymentStatus status(String id) {
        return admin.deployment(id).statusValue();
    }

    static DeploymentState state(FleetDeploymentStatus status, Platform platform, String currentRelease) {
        return new DeploymentState(status, platform, currentRelease == null ? null : ReleaseInfo.of(currentRelease, stack("s")),
                null, null, null, null, null);
    }

    /** A worker's round: acquire the deployment, report {@code status}, release. */
    ReconcileOutput work(String id, FleetDeploymentStatus status, String currentRelease) {
        FleetDeploymentView d = admin.deployment(id);
        String session = "worker-" + System.nanoTime();
        assertThat(admin.acquire(AcquireInput.ids(session, List.of(id))).deployments()).as("acquire " + id).hasSize(1);
        try {
            return admin.reconcile(new ReconcileInput(id, session, state(status, d.platform(), currentRelease), true, null));
        } finally {
            admin.releaseLease(id, session);
        }
    }

    /** Runs a deployment from pending to running on its desired release, as an agent would. */
    String bringUp(String id) {
        String release = admin.deployment(id).desiredReleaseId();
        work(id, INITIAL_SETUP, null);
        work(id, PROVISIONING, null);
        work(id, RUNNING, release);
        assertThat(status(id)).isEqualTo(RUNNING);
        return release;
    }

    static void assertFails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .extracting(e -> ((AppaloftException) e).code()).isEqualTo(code);
    }

    // ---- tokens and scopes ---------------------------------------------------------------------

    @Test
    void tokensAndSecretsAreNeverStoredInTheClear() {
        String g = group("g", 10);
        String dgToken = admin.createGroupToken(g).token();
        MintedToken adminToken = as(new Actor(Actor.Kind.USER, "usr_1", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.ADMIN))
                .mintAdminToken(new MintAdminTokenInput("ci"));
        CreatedFleetDeployment created = token(dgToken).createDeployment(new CreateFleetDeploymentInput("d", Platform.TEST,
                null, null, List.of(EnvironmentVariable.secret("DB_PASSWORD", "hunter2-very-secret"),
                EnvironmentVariable.plain("MODE", "prod"))));
        assertThat(adminToken.token()).startsWith("ax_admin_").hasSize(9 + 64);
        assertThat(dgToken).matches("ax_dg_[0-9a-f]{64}");
        assertThat(created.token()).matches("ax_deploy_[0-9a-f]{64}");

        StringBuilder everything = new StringBuilder();
        store.read(r -> {
            for (String c : List.of(StoreCollections.FLEET_TOKENS, StoreCollections.FLEET_DEPLOYMENTS,
                    StoreCollections.FLEET_DEPLOYMENT_GROUPS)) {
                r.query(c, DocumentQuery.all()).forEach(d -> everything.append(d.body()));
            }
            for (String stream : List.of("domain-events", "audit")) {
                r.readStream(stream, 0, 10_000).forEach(rec -> everything.append(rec.body()));
            }
            return null;
        });
        assertThat(everything).isNotEmpty().doesNotContain(dgToken.substring(12)).doesNotContain(adminToken.token().substring(12))
                .doesNotContain(created.token().substring(12)).doesNotContain("hunter2-very-secret").contains("prod");
        // the raw values still work, and only the deployment's own sync sees the secret
        assertThat(token(adminToken.token()).whoami().scope().type()).isEqualTo("admin");
        String release = release(Platform.TEST);
        SyncTarget target = token(created.token()).sync(created.deployment().id()).target();
        assertThat(target.releaseInfo().releaseId()).isEqualTo(release);
        assertThat(target.config().environmentVariables().variables()).extracting(EnvironmentVariable::value)
                .containsExactly("hunter2-very-secret", "prod");
        assertFails(() -> admin.authenticate("ax_dg_" + "0".repeat(64)), FleetErrorCodes.UNAUTHORIZED);
        assertFails(() -> as(new Actor(Actor.Kind.USER, "usr_2", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.DEVELOPER))
                .mintAdminToken(new MintAdminTokenInput(null)), FleetErrorCodes.FORBIDDEN);
    }

    @Test
    void organizationsSeeOnlyTheirOwnFleet() {
        String g = group("mine", 10);
        String d = deployment(g, "d", Platform.TEST);
        FleetApi other = as(new Actor(Actor.Kind.USER, "usr_x", "org_other", Actor.Role.OWNER));
        assertThat(other.listGroups().items()).isEmpty();
        assertFails(() -> other.group(g), FleetErrorCodes.DEPLOYMENT_GROUP_NOT_FOUND);
        assertFails(() -> other.deployment(d), FleetErrorCodes.DEPLOYMENT_NOT_FOUND);
        assertFails(() -> other.createDeployment(CreateFleetDeploymentInput.of("x", Platform.TEST, g)),
                FleetErrorCodes.DEPLOYMENT_GROUP_NOT_FOUND);
        assertThat(other.listDeployments(ListFleetDeploymentsInput.all()).items()).isEmpty();
    }

    // ---- quota and enrolment -------------------------------------------------------------------

    @Test
    void theQuotaHoldsUnderManyParallelCreates() throws Exception {
        String g = group("small", 5);
        String dgToken = admin.createGroupToken(g).token();
        FleetApi installer = token(dgToken);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                Callable<String> create = n % 2 == 0
                        ? () -> installer.createDeployment(CreateFleetDeploymentInput.of("d" + n, Platform.TEST, null)).deployment().id()
                        : () -> installer.initialize(new InitializeInput("agent" + n, Platform.TEST)).deploymentId();
                attempts.add(pool.submit(create));
            }
            int created = 0;
            for (Future<String> attempt : attempts) {
                try {
                    attempt.get(60, TimeUnit.SECONDS);
                    created++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AppaloftException.class);
                    assertThat(((AppaloftException) e.getCause()).code()).isEqualTo(FleetErrorCodes.MAX_DEPLOYMENTS_REACHED);
                }
            }
            assertThat(created).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(admin.group(g).deploymentCount()).isEqualTo(5);
        assertThat(admin.listDeployments(new ListFleetDeploymentsInput(g, null)).items()).hasSize(5);
    }

    @Test
    void initializeIsIdempotentForTheSameAgentAndCountsAgainstTheQuota() {
        String g = group("g", 2);
        String released = release(Platform.LOCAL);
        FleetApi installer = token(admin.createGroupToken(g).token());
        InitializeOutput first = installer.initialize(new InitializeInput("edge-1", Platform.LOCAL));
        assertThat(first.created()).isTrue();
        assertThat(first.httpStatus()).isEqualTo(201);
        FleetDeploymentView d = admin.deployment(first.deploymentId());
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.desiredReleaseId()).isEqualTo(released);
        assertThat(d.stackSettings().get("deploymentModel").asText()).isEqualTo("pull");

        InitializeOutput again = installer.initialize(new InitializeInput("EDGE-1", null));
        assertThat(again.created()).isFalse();
        assertThat(again.deploymentId()).isEqualTo(first.deploymentId());
        assertFails(() -> token(first.token()).whoami(), FleetErrorCodes.UNAUTHORIZED);
        assertThat(token(again.token()).initialize(new InitializeInput(null, null)).deploymentId())
                .isEqualTo(first.deploymentId());
        assertFails(() -> installer.initialize(new InitializeInput("edge-1", Platform.AWS)),
                FleetErrorCodes.DEPLOYMENT_NAME_CONFLICT);

        InitializeOutput unnamed = installer.initialize(new InitializeInput(null, null));
        assertThat(admin.deployment(unnamed.deploymentId()).name()).startsWith("agent-");
        assertThat(admin.deployment(unnamed.deploymentId()).platform()).isEqualTo(Platform.KUBERNETES);
        assertFails(() -> installer.initialize(new InitializeInput("edge-2", Platform.LOCAL)),
                FleetErrorCodes.MAX_DEPLOYMENTS_REACHED);
        assertFails(() -> admin.initialize(new InitializeInput("x", null)), FleetErrorCodes.BAD_REQUEST);
    }

    @Test
    void anAdminMayLeaveTheGroupOutOnlyWhenThereIsOne() {
        assertFails(() -> admin.createDeployment(CreateFleetDeploymentInput.of("d", Platform.TEST, null)),
                FleetErrorCodes.BAD_REQUEST);
        String g = group("only", 10);
        assertThat(admin.createDeployment(CreateFleetDeploymentInput.of("d", Platform.TEST, null)).deployment()
                .deploymentGroupId()).isEqualTo(g);
        group("second", 10);
        assertFails(() -> admin.createDeployment(CreateFleetDeploymentInput.of("e", Platform.TEST, null)),
                FleetErrorCodes.BAD_REQUEST);
    }

    // ---- releases and convergence --------------------------------------------------------------

    @Test
    void aNewReleaseBecomesDesiredOnItsPlatformsOnly() {
        String g = group("g", 10);
        String local = deployment(g, "local", Platform.LOCAL);
        String test = deployment(g, "test", Platform.TEST);
        String aws = deployment(g, "aws", Platform.AWS);
        assertThat(admin.deployment(local).desiredReleaseId()).isNull();
        String r1 = release(Platform.LOCAL, Platform.TEST);
        // pending deployments that had nothing to run get the release (the original skipped them)
        assertThat(admin.deployment(local).desiredReleaseId()).isEqualTo(r1);
        assertThat(admin.deployment(aws).desiredReleaseId()).isNull();
        bringUp(local);
        bringUp(test);
        assertThat(admin.deployment(local).desiredReleaseId()).isNull();
        assertThat(admin.deployment(local).currentReleaseId()).isEqualTo(r1);

        String r2 = release(Platform.LOCAL);
        assertThat(status(local)).isEqualTo(UPDATE_PENDING);
        assertThat(admin.deployment(local).desiredReleaseId()).isEqualTo(r2);
        assertThat(status(test)).isEqualTo(RUNNING);
        assertThat(admin.release(r1).stack().has("test")).isTrue();
        assertThat(admin.latestRelease().id()).isEqualTo(r2);
        assertThat(admin.deployment(aws).desiredReleaseId()).isNull();
    }

    @Test
    void aReleaseThatArrivesDuringAnUpdateIsPickedUpWhenItEnds() {
        String g = group("g", 10);
        String d = deployment(g, "d", Platform.TEST);
        String r1 = release(Platform.TEST);
        bringUp(d);
        String r2 = release(Platform.TEST);
        work(d, UPDATING, r1);
        String r3 = release(Platform.TEST); // arrives mid-update: the deployment keeps going
        assertThat(status(d)).isEqualTo(UPDATING);
        ReconcileOutput done = work(d, RUNNING, r2);
        // it reported r2 running, but r3 is desired now: straight back to update-pending
        assertThat(done.current().status()).isEqualTo(UPDATE_PENDING);
        FleetDeploymentView after = admin.deployment(d);
        assertThat(after.currentReleaseId()).isEqualTo(r2);
        assertThat(after.desiredReleaseId()).isEqualTo(r3);
        work(d, UPDATING, r2);
        work(d, RUNNING, r3);
        assertThat(status(d)).isEqualTo(RUNNING);
        assertThat(admin.deployment(d).desiredReleaseId()).isNull();
    }

    @Test
    void redeployFallsBackToTheCurrentReleaseAndRetryIsConsumedByTheNextReport() {
        String g = group("g", 10);
        String d = deployment(g, "d", Platform.TEST);
        assertFails(() -> admin.redeploy(d), FleetErrorCodes.DEPLOYMENT_NOT_REDEPLOYABLE);
        String r1 = release(Platform.TEST);
        bringUp(d);
        admin.redeploy(d);
        assertThat(status(d)).isEqualTo(UPDATE_PENDING);
        assertThat(admin.deployment(d).desiredReleaseId()).isEqualTo(r1);
        assertThat(admin.sync(d).target().releaseInfo().releaseId()).isEqualTo(r1);

        work(d, UPDATE_FAILED, r1);
        FleetDeploymentView failed = admin.deployment(d);
        assertThat(failed.error().get("code").asText()).isEqualTo("DEPLOYMENT_FAILED");
        // a failed deployment is not acquired until a retry is asked for
        assertThat(admin.acquire(AcquireInput.of("s", 10)).deployments()).isEmpty();
        assertThat(admin.sync(d).target()).isNull();
        admin.retry(d);
        assertThat(admin.deployment(d).retryRequested()).isTrue();
        work(d, UPDATE_PENDING, r1);
        assertThat(admin.deployment(d).retryRequested()).isFalse();
        work(d, RUNNING, r1);
        assertFails(() -> admin.retry(d), FleetErrorCodes.DEPLOYMENT_NOT_RETRYABLE);
    }

    @Test
    void deleteRunsTheTeardownAndFreesTheQuota() {
        String g = group("g", 1);
        String d = deployment(g, "d", Platform.TEST);
        release(Platform.TEST);
        bringUp(d);
        assertThat(admin.deleteDeployment(d).message()).isEqualTo("Deployment deletion enqueued");
        assertThat(status(d)).isEqualTo(DELETE_PENDING);
        assertFails(() -> admin.deleteDeployment(d), FleetErrorCodes.DEPLOYMENT_ALREADY_DELETING);
        assertFails(() -> admin.redeploy(d), FleetErrorCodes.DEPLOYMENT_NOT_REDEPLOYABLE);
        // a stale worker cannot report the deployment back to running
        assertFails(() -> work(d, RUNNING, null), FleetErrorCodes.INVALID_STATE_TRANSITION);
        assertThat(admin.sync(d).target().status()).isEqualTo(DELETE_PENDING);
        release(Platform.TEST); // ignored by a deployment being deleted
        assertThat(admin.deployment(d).desiredReleaseId()).isNull();
        work(d, DELETING, null);
        assertFails(() -> admin.createDeployment(CreateFleetDeploymentInput.of("d", Platform.TEST, g)),
                FleetErrorCodes.MAX_DEPLOYMENTS_REACHED);
        work(d, DELETED, null);
        assertThat(status(d)).isEqualTo(DELETED);
        assertThat(admin.group(g).deploymentCount()).isZero();
        assertThat(admin.listDeployments(ListFleetDeploymentsInput.all()).items()).isEmpty();
        // the name and the place are free again; nothing leaves deleted
        String again = deployment(g, "d", Platform.TEST);
        assertThat(again).isNotEqualTo(d);
        assertThat(admin.acquire(AcquireInput.ids("s", List.of(d))).deployments()).isEmpty();

        // a pending deployment no worker touched has nothing to tear down
        admin.deleteDeployment(again);
        assertThat(status(again)).isEqualTo(DELETED);
        assertThat(admin.group(g).deploymentCount()).isZero();
    }

    // ---- the sync protocol ---------------------------------------------------------------------

    @Test
    void acquireHonoursEveryFilterAndTheLimit() {
        String g = group("g", 20);
        String l1 = deployment(g, "l1", Platform.LOCAL);
        String l2 = deployment(g, "l2", Platform.LOCAL);
        String t1 = deployment(g, "t1", Platform.TEST);
        String idle = deployment(g, "idle", Platform.AWS); // no release for aws: nothing to do
        release(Platform.LOCAL, Platform.TEST);
        work(t1, INITIAL_SETUP, null);

        assertThat(ids(admin.acquire(new AcquireInput("a", List.of(l2, idle, "dp_unknown"), null, null, null))))
                .containsExactly(l2);
        assertThat(ids(admin.acquire(new AcquireInput("b", null, List.of(Platform.TEST), null, null)))).containsExactly(t1);
        assertThat(ids(admin.acquire(new AcquireInput("c", null, null, List.of("pending"), 1)))).containsExactly(l1);
        // everything that needs work is now held by a, b or c
        assertThat(admin.acquire(AcquireInput.of("d", 10)).deployments()).isEmpty();
        assertThat(admin.acquire(AcquireInput.of("d", 0)).deployments()).isEmpty();
        admin.releaseLease(l2, "a");
        AcquireOutput taken = admin.acquire(AcquireInput.of("d", 10));
        assertThat(ids(taken)).containsExactly(l2);
        DeploymentRecord record = taken.deployments().get(0).deployment();
        assertThat(record.lockedBy()).isEqualTo("d");
        assertThat(record.status()).isEqualTo("pending");
        assertThat(record.leaseFence()).isPositive();
        assertFails(() -> admin.acquire(new AcquireInput("e", null, null, List.of("asleep"), null)), ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void onlyTheLeaseHolderMayReportOrRelease() {
        String g = group("g", 10);
        String d = deployment(g, "d", Platform.TEST);
        release(Platform.TEST);
        DeploymentState setup = state(INITIAL_SETUP, Platform.TEST, null);
        assertFails(() -> admin.reconcile(new ReconcileInput(d, "nobody", setup, null, null)), FleetErrorCodes.LEASE_NOT_HELD);
        assertFails(() -> admin.releaseLease(d, "nobody"), FleetErrorCodes.LEASE_NOT_HELD);
        assertFails(() -> admin.reconcile(new ReconcileInput("dp_unknown", "s", setup, null, null)),
                FleetErrorCodes.DEPLOYMENT_NOT_FOUND);
        assertFails(() -> admin.releaseLease("dp_unknown", "s"), FleetErrorCodes.DEPLOYMENT_NOT_FOUND);

        assertThat(admin.acquire(AcquireInput.ids("first", List.of(d))).deployments()).hasSize(1);
        assertThat(admin.acquire(AcquireInput.ids("second", List.of(d))).deployments()).isEmpty();
        assertFails(() -> admin.reconcile(new ReconcileInput(d, "second", setup, null, null)), FleetErrorCodes.DEPLOYMENT_LOCKED);
        admin.reconcile(new ReconcileInput(d, "first", setup, null, null));

        // each report extends the lease; without reports it expires and may be taken over
        clock.advance(LEASE.minusSeconds(1));
        admin.reconcile(new ReconcileInput(d, "first", state(PROVISIONING, Platform.TEST, null), null, null));
        clock.advance(LEASE.minusSeconds(1));
        assertThat(admin.acquire(AcquireInput.ids("second", List.of(d))).deployments()).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        List<AcquiredDeployment> takeover = admin.acquire(AcquireInput.ids("second", List.of(d))).deployments();
        assertThat(takeover).hasSize(1);
        assertThat(takeover.get(0).deployment().status()).isEqualTo("provisioning");
        // the first worker woke up: its report and its release are refused
        assertFails(() -> admin.reconcile(new ReconcileInput(d, "first", state(RUNNING, Platform.TEST, null), null, null)),
                FleetErrorCodes.DEPLOYMENT_LOCKED);
        assertFails(() -> admin.releaseLease(d, "first"), FleetErrorCodes.DEPLOYMENT_LOCKED);
        admin.reconcile(new ReconcileInput(d, "second", state(PROVISIONING, Platform.TEST, null), null, null));
        admin.releaseLease(d, "second");
        assertFails(() -> admin.releaseLease(d, "second"), FleetErrorCodes.LEASE_NOT_HELD);
        assertFails(() -> admin.reconcile(new ReconcileInput(d, "second", state(RUNNING, Platform.TEST, null), null, null)),
                FleetErrorCodes.LEASE_NOT_HELD);
    }

    @Test
    void reportsThatSkipNoStepAreRefusedAndStateDocumentsComeBackExactly() {
        String g = group("g", 10);
        String d = deployment(g, "d", Platform.TEST);
        String r1 = release(Platform.TEST);
        // a worker may take several steps between two reports
        work(d, PROVISIONING, null);
        assertFails(() -> work(d, PENDING, null), FleetErrorCodes.INVALID_STATE_TRANSITION);
        assertFails(() -> work(d, UPDATING, null), FleetErrorCodes.INVALID_STATE_TRANSITION);

        JsonNode stackState = json("{\"platform\":\"test\",\"resourcePrefix\":\"abcdef12\",\"resources\":{\"web\":{\"type\":"
                + "\"container\",\"status\":\"running\",\"config\":{\"id\":\"web\",\"type\":\"container\",\"future\":[1,{\"x\":null}]},"
                + "\"_internal\":{\"opaque\":true},\"outputs\":{\"type\":\"container\",\"publicUrl\":\"http://x\"}}},\"unknownTop\":7}");
        JsonNode envInfo = json("{\"platform\":\"test\",\"testId\":\"t-1\",\"extra\":\"kept\"}");
        JsonNode runtime = json("{\"lastSyncedEnvVarsHash\":\"h\",\"somethingNew\":{\"a\":[true]}}");
        String session = "s";
        admin.acquire(AcquireInput.ids(session, List.of(d)));
        admin.reconcile(new ReconcileInput(d, session, new DeploymentState(RUNNING, Platform.TEST, ReleaseInfo.of(r1, stack("s")),
                null, stackState, envInfo, runtime, null), false, null));
        admin.releaseLease(d, session);
        FleetDeploymentView shown = admin.deployment(d);
        assertThat(shown.stackState()).isEqualTo(stackState);
        assertThat(shown.environmentInfo()).isEqualTo(envInfo);
        assertThat(admin.deploymentInfo(d).resources().get("web").publicUrl()).isEqualTo("http://x");
        admin.redeploy(d);
        assertThat(admin.acquire(AcquireInput.ids("t", List.of(d))).deployments().get(0).deployment().runtimeMetadata())
                .isEqualTo(runtime);
        assertFails(() -> admin.reconcile(new ReconcileInput(d, "t", state(UPDATING, Platform.LOCAL, null), null, null)),
                FleetErrorCodes.BAD_REQUEST);
    }

    @Test
    void platformsWithoutAProviderFailWithPlatformNotSupportedAndCanStillBeDeleted() {
        String g = group("g", 10);
        String d = deployment(g, "cloud", Platform.AWS);
        String r = release(Platform.AWS);
        assertFails(() -> admin.resolveCredentials(d), FleetErrorCodes.PLATFORM_NOT_SUPPORTED);
        UnsupportedPlatform provider = new UnsupportedPlatform();
        DeploymentRecord record = admin.acquire(AcquireInput.ids("w", List.of(d))).deployments().get(0).deployment();
        StepResult step = provider.step(new StepRequest(d, "cloud", state(record.statusValue(), Platform.AWS, null),
                ReleaseInfo.of(r, stack("s")), record.stackSettings(), List.of(), false));
        admin.reconcile(new ReconcileInput(d, "w", step.state(), null, step.error()));
        admin.releaseLease(d, "w");
        FleetDeploymentView failed = admin.deployment(d);
        assertThat(failed.status()).isEqualTo("initial-setup-failed");
        assertThat(failed.error().get("code").asText()).isEqualTo("PLATFORM_NOT_SUPPORTED");
        assertThat(admin.deploymentInfo(d).error().get("message").asText()).contains("aws");

        admin.deleteDeployment(d);
        for (int i = 0; i < 2; i++) {
            DeploymentRecord deleting = admin.acquire(AcquireInput.ids("w", List.of(d))).deployments().get(0).deployment();
            StepResult next = provider.step(new StepRequest(d, "cloud", state(deleting.statusValue(), Platform.AWS, null),
                    null, deleting.stackSettings(), List.of(), false));
            admin.reconcile(new ReconcileInput(d, "w", next.state(), null, next.error()));
            admin.releaseLease(d, "w");
        }
        assertThat(status(d)).isEqualTo(DELETED);
    }

    static List<String> ids(AcquireOutput out) {
        return out.deployments().stream().map(a -> a.deployment().id()).toList();
    }
}

package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.DependencyBackupsApi;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.dependencies.backups.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of a managed Postgres through the facade on one store, with a fake machine whose
 * "database" is one string: pg_dump writes it to a file in the container, pg_restore reads one
 * back. Backups and restores run as work items; policies start backups when due, and retention
 * deletes old dumps. Credentials appear in no command, answer, event or log.
 */
public abstract class DependencyBackupScenarios {

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    final ShiftableClock clock = new ShiftableClock();
    Appaloft.Session other;
    SampleApp app;
    volatile String data = "original rows";
    volatile CountDownLatch holdDump;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = new FakeVolumes();
        runtime.commands = this::database;
        store = openStore();
        engine = AppaloftEngine.builder().store(store, false).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).dailyHousekeeping(false)
                .scheduledDependencyBackups(false).clock(clock).workers(2, Duration.ofSeconds(5), Duration.ofMillis(50))
                .dependencyReadyTimeout(Duration.ofMillis(600)).build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        app = SampleApp.create(engine.system());
    }

    @AfterEach
    void stop() {
        if (holdDump != null) {
            holdDump.countDown();
        }
        engine.close();
        store.close();
    }

    /** The fake database: pg_dump writes {@link #data} to its -f file, pg_restore reads its file back into it. */
    private CommandResult database(List<String> cmd) {
        if (cmd.get(0).equals("pg_dump")) {
            if (holdDump != null) {
                try {
                    holdDump.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String file = cmd.get(cmd.indexOf("-f") + 1);
            runtime.files.computeIfAbsent(dbInstance().id(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                    .put(file, ("dump:" + data).getBytes(StandardCharsets.UTF_8));
        } else if (cmd.get(0).equals("pg_restore")) {
            byte[] dump = runtime.files.get(dbInstance().id()).get(cmd.get(cmd.size() - 1));
            data = new String(dump, StandardCharsets.UTF_8).substring("dump:".length());
        } else if (cmd.get(0).equals("sh") && cmd.get(2).contains("rm -f")) {
            runtime.files.getOrDefault(dbInstance().id(), Map.of()).remove(cmd.get(cmd.size() - 1));
        } else if (cmd.get(0).equals("sh") && cmd.get(2).contains("--rdb")) {
            runtime.files.computeIfAbsent(dbInstance().id(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                    .put(cmd.get(cmd.size() - 1), ("rdb:" + data).getBytes(StandardCharsets.UTF_8));
        } else if (cmd.get(0).equals("mysqldump")) {
            runtime.files.computeIfAbsent(dbInstance().id(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                    .put(cmd.get(cmd.indexOf("-r") + 1), ("sql:" + data).getBytes(StandardCharsets.UTF_8));
        } else if (cmd.get(0).equals("sh") && cmd.get(2).startsWith("exec mysql")) {
            // $1 the login file, $2 the database, $3 the statements
            assertThat(runtime.files.get(dbInstance().id())).containsKey(cmd.get(4));
            byte[] dump = runtime.files.get(dbInstance().id()).get(cmd.get(6));
            data = new String(dump, StandardCharsets.UTF_8).substring("sql:".length());
        } else if (cmd.get(0).equals("sh") && cmd.get(2).contains("replicaof")) {
            // $1 folder, $2 file name of the dump the helper server loads
            byte[] dump = runtime.files.get(dbInstance().id()).get(cmd.get(4) + "/" + cmd.get(5));
            data = new String(dump, StandardCharsets.UTF_8).substring("rdb:".length());
        }
        return new CommandResult(0, "", "");
    }

    private RuntimeInstance dbInstance() {
        return runtime.instances.values().stream().filter(i -> i.labels().containsKey("appaloft.dependency-resource"))
                .findFirst().orElseThrow();
    }

    private DependencyBackupsApi backups() {
        return engine.dependencyBackups();
    }

    private String provision(String name) {
        return engine.dependencyResources().provision(ProvisionDependencyResourceInput.postgres(app.project(),
                app.env(), app.server(), name)).id();
    }

    private DependencyBackupView awaitBackup(String id, Predicate<DependencyBackupView> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            DependencyBackupView b = backups().showBackup(id).backup();
            if (until.test(b)) {
                return b;
            }
            assertThat(System.nanoTime()).as("backup %s did not get there: %s", id, b).isLessThan(deadline);
            sleep(30);
        }
    }

    private DependencyBackupView awaitEnded(String id) {
        return awaitBackup(id, b -> b.status() != DependencyBackupStatus.PENDING);
    }

    private DependencyBackupView awaitRestoreEnded(String id) {
        return awaitBackup(id, b -> b.latestRestoreAttempt() != null
                && b.latestRestoreAttempt().status() != RestoreStatus.PENDING);
    }

    private String everythingWritten() {
        return Failures.everythingWritten(store);
    }

    private long audit(String type) {
        return Failures.audits(store, type);
    }

    private JsonNode stored(String backupId) throws Exception {
        return Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_BACKUPS, backupId))
                .orElseThrow().body());
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        Failures.assertInvalid(call, field);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aBackupIsARealDumpInTheArtifactStoreAndARestoreReplaysIt() throws Exception {
        String db = provision("orders");
        String backupId = backups().createBackup(new CreateDependencyBackupInput(db, "before the migration", null)).id();
        DependencyBackupView ready = awaitEnded(backupId);
        assertThat(ready.status()).isEqualTo(DependencyBackupStatus.READY);
        assertThat(ready.dependencyResourceId()).isEqualTo(db);
        assertThat(ready.projectId()).isEqualTo(app.project());
        assertThat(ready.providerKey()).isEqualTo("local-shell");
        assertThat(ready.retentionStatus()).isEqualTo("retained");
        assertThat(ready.completedAt()).isNotNull();
        assertThat(ready.failureCode()).isNull();
        assertThat(ready.latestRestoreAttempt()).isNull();
        assertThat(ready.providerArtifactHandle()).startsWith("appaloft-artifact:dependency-backups/");

        // the dump is in the artifact store under the work directory, with its size and SHA-256
        JsonNode doc = stored(backupId);
        byte[] dump = Files.readAllBytes(dir.resolve("work/artifacts").resolve(doc.path("artifactKey").asText()));
        assertThat(new String(dump, StandardCharsets.UTF_8)).isEqualTo("dump:original rows");
        assertThat(doc.path("sizeBytes").asLong()).isEqualTo(dump.length);
        assertThat(doc.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(dump)));
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(cmd).startsWith("pg_dump", "-Fc")
                .contains("-U", "appaloft", "-d", "orders"));
        assertThat(runtime.files.get(dbInstance().id())).as("the dump left no file in the container").isEmpty();

        data = "rows changed after the backup";
        String attempt = backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId)).id();
        DependencyBackupView restored = awaitRestoreEnded(backupId);
        assertThat(restored.latestRestoreAttempt().attemptId()).isEqualTo(attempt);
        assertThat(restored.latestRestoreAttempt().status()).isEqualTo(RestoreStatus.COMPLETED);
        assertThat(restored.latestRestoreAttempt().completedAt()).isNotNull();
        assertThat(data).isEqualTo("original rows");
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(cmd).startsWith("pg_restore", "--clean",
                "--if-exists"));
        assertThat(backups().listBackups(ListDependencyBackupsInput.of(db)).items()).extracting(DependencyBackupView::id)
                .containsExactly(backupId);

        String password = runtime.environments.values().stream().map(e -> e.get("POSTGRES_PASSWORD"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(runtime.executed.toString() + Json.write(backups().showBackup(backupId)) + everythingWritten()
                + Json.write(backups().listBackups(ListDependencyBackupsInput.of(db)))).doesNotContain(password);
        assertThat(audit("dependency-resource-backup-requested")).isEqualTo(1);
        assertThat(audit("dependency-resource-backup-completed")).isEqualTo(1);
        assertThat(audit("dependency-resource-restore-requested")).isEqualTo(1);
        assertThat(audit("dependency-resource-restore-completed")).isEqualTo(1);
    }

    @Test
    void aFailedDumpIsRecordedWithItsCodeAndCannotBeRestored() {
        String db = provision("db");
        runtime.commands = cmd -> cmd.get(0).equals("pg_dump") ? new CommandResult(1, "", "pg_dump: error: disk full")
                : new CommandResult(0, "", "");
        String backupId = backups().createBackup(CreateDependencyBackupInput.of(db)).id();
        DependencyBackupView failed = awaitEnded(backupId);
        assertThat(failed.status()).isEqualTo(DependencyBackupStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("pg_dump_failed");
        assertThat(failed.failureMessage()).contains("disk full");
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.retentionStatus()).isEqualTo("none");
        assertThat(failed.providerArtifactHandle()).isNull();
        assertFails(() -> backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId)),
                ErrorCode.DEPENDENCY_BACKUP_NOT_RESTORABLE);
        assertThat(backups().listBackups(new ListDependencyBackupsInput(db, DependencyBackupStatus.READY)).items())
                .isEmpty();
        assertThat(backups().listBackups(new ListDependencyBackupsInput(db, DependencyBackupStatus.FAILED)).items())
                .hasSize(1);
    }

    @Test
    void oneBackupOrRestoreOfAResourceAtATime() {
        String db = provision("db");
        String first = backups().createBackup(CreateDependencyBackupInput.of(db)).id();
        awaitEnded(first);
        holdDump = new CountDownLatch(1);
        String running = backups().createBackup(CreateDependencyBackupInput.of(db)).id();
        assertThat(backups().showBackup(running).backup().status()).isEqualTo(DependencyBackupStatus.PENDING);
        assertThatThrownBy(() -> backups().createBackup(CreateDependencyBackupInput.of(db)))
                .isInstanceOf(AppaloftException.class)
                .satisfies(e -> assertThat(((AppaloftException) e).code()).isEqualTo(ErrorCode.DEPENDENCY_BACKUP_IN_PROGRESS))
                .satisfies(e -> assertThat(((AppaloftException) e).details()).containsEntry("backupId", running));
        assertFails(() -> backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(first)),
                ErrorCode.DEPENDENCY_BACKUP_IN_PROGRESS);
        assertFails(() -> backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(running)),
                ErrorCode.DEPENDENCY_BACKUP_NOT_RESTORABLE);
        holdDump.countDown();
        assertThat(awaitEnded(running).status()).isEqualTo(DependencyBackupStatus.READY);
        assertThat(backups().listBackups(ListDependencyBackupsInput.of(db)).items()).extracting(DependencyBackupView::id)
                .containsExactly(running, first);
        // a restore is running: no backup and no other restore starts
        holdDump = null;
        runtime.commands = cmd -> {
            if (cmd.get(0).equals("pg_restore")) {
                sleep(800);
            }
            return database(cmd);
        };
        backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(first));
        assertFails(() -> backups().createBackup(CreateDependencyBackupInput.of(db)), ErrorCode.DEPENDENCY_BACKUP_IN_PROGRESS);
        assertFails(() -> backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(running)),
                ErrorCode.DEPENDENCY_BACKUP_IN_PROGRESS);
        assertThat(awaitRestoreEnded(first).latestRestoreAttempt().status()).isEqualTo(RestoreStatus.COMPLETED);
        backups().createBackup(CreateDependencyBackupInput.of(db));
    }

    @Test
    void badInputOtherOrganizationsAndRedisAreRefused() {
        String db = provision("db");
        String backupId = backups().createBackup(CreateDependencyBackupInput.of(db)).id();
        awaitEnded(backupId);
        assertInvalid(() -> backups().createBackup(CreateDependencyBackupInput.of(" ")), "dependencyResourceId");
        assertInvalid(() -> backups().createBackup(new CreateDependencyBackupInput(db, null, "generic-ssh")),
                "providerKey");
        assertInvalid(() -> backups().restoreBackup(new RestoreDependencyBackupInput(backupId, false, true, null)),
                "acknowledgeDataOverwrite");
        assertInvalid(() -> backups().restoreBackup(new RestoreDependencyBackupInput(backupId, true, null, null)),
                "acknowledgeRuntimeNotRestarted");
        assertFails(() -> backups().createBackup(CreateDependencyBackupInput.of("dep_missing")), ErrorCode.NOT_FOUND);
        assertFails(() -> backups().showBackup("dbk_missing"), ErrorCode.NOT_FOUND);

        DependencyBackupsApi theirs = other.dependencyBackups();
        assertFails(() -> theirs.createBackup(CreateDependencyBackupInput.of(db)), ErrorCode.NOT_FOUND);
        assertFails(() -> theirs.listBackups(ListDependencyBackupsInput.of(db)), ErrorCode.NOT_FOUND);
        assertFails(() -> theirs.showBackup(backupId), ErrorCode.NOT_FOUND);
        assertFails(() -> theirs.restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId)), ErrorCode.NOT_FOUND);
        assertFails(() -> theirs.configureBackupPolicy(ConfigureBackupPolicyInput.every(db, 24, 7)), ErrorCode.NOT_FOUND);
        String policy = backups().configureBackupPolicy(ConfigureBackupPolicyInput.every(db, 24, 7)).id();
        assertFails(() -> theirs.showBackupPolicy(policy), ErrorCode.NOT_FOUND);
        assertThat(theirs.listBackupPolicies(ListBackupPoliciesInput.all()).items()).isEmpty();
        assertThat(audit("dependency-resource-backup-requested")).as("refused calls write nothing").isEqualTo(1);

        String redis = engine.dependencyResources().provision(new ProvisionDependencyResourceInput(
                dev.appaloft.api.dependencies.DependencyKind.REDIS, app.project(), app.env(), app.server(), "cache",
                null, null, null, null)).id();
        assertThat(backups().configureBackupPolicy(ConfigureBackupPolicyInput.every(redis, 24, 7)).id()).isNotBlank();
    }

    @Test
    void aRedisBackupIsAnRdbSnapshotReplayedThroughAHelperServer() throws Exception {
        String redis = engine.dependencyResources().provision(new ProvisionDependencyResourceInput(
                dev.appaloft.api.dependencies.DependencyKind.REDIS, app.project(), app.env(), app.server(), "cache",
                null, null, null, null)).id();
        data = "cached keys";
        String backupId = backups().createBackup(CreateDependencyBackupInput.of(redis)).id();
        DependencyBackupView ready = awaitEnded(backupId);
        assertThat(ready.status()).as(String.valueOf(ready.failureMessage())).isEqualTo(DependencyBackupStatus.READY);
        assertThat(ready.dependencyKind()).isEqualTo(dev.appaloft.api.dependencies.DependencyKind.REDIS);
        assertThat(stored(backupId).path("format").asText()).isEqualTo("redis-rdb");
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(String.join(" ", cmd)).contains("redis-cli",
                "--rdb", "REDISCLI_AUTH"));
        data = "changed keys";
        backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId));
        assertThat(awaitRestoreEnded(backupId).latestRestoreAttempt().status()).isEqualTo(RestoreStatus.COMPLETED);
        assertThat(data).isEqualTo("cached keys");
        String password = runtime.environments.values().stream().map(e -> e.get("REDIS_PASSWORD"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(runtime.executed.toString() + everythingWritten()).doesNotContain(password);
    }

    // mysql
    @Test
    void aMysqlBackupIsAMysqldumpReplayedWithTheClientLoggedInThroughAFile() throws Exception {
        String mysql = engine.dependencyResources().provision(new ProvisionDependencyResourceInput(
                dev.appaloft.api.dependencies.DependencyKind.MYSQL, app.project(), app.env(), app.server(), "shop",
                null, null, null, null)).id();
        data = "shop rows";
        String backupId = backups().createBackup(CreateDependencyBackupInput.of(mysql)).id();
        DependencyBackupView ready = awaitEnded(backupId);
        assertThat(ready.status()).as(String.valueOf(ready.failureMessage())).isEqualTo(DependencyBackupStatus.READY);
        assertThat(stored(backupId).path("format").asText()).isEqualTo("mysqldump-sql");
        assertThat(runtime.executed).anySatisfy(cmd -> assertThat(cmd).startsWith("mysqldump")
                .contains("--single-transaction", "shop"));
        data = "changed rows";
        backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(backupId));
        assertThat(awaitRestoreEnded(backupId).latestRestoreAttempt().status()).isEqualTo(RestoreStatus.COMPLETED);
        assertThat(data).isEqualTo("shop rows");
        assertThat(runtime.files.get(dbInstance().id())).as("no login or dump left in the container").isEmpty();
        String password = runtime.environments.values().stream().map(e -> e.get("MYSQL_PASSWORD"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(runtime.executed.toString() + everythingWritten()).doesNotContain(password);
    }

    @Test
    void aPolicyIsConfiguredOncePerResourceAndListedByWhatIsDue() {
        String db = provision("db");
        Instant before = clock.instant();
        String id = backups().configureBackupPolicy(ConfigureBackupPolicyInput.every(db, 6, 14)).id();
        BackupPolicyView p = backups().showBackupPolicy(id).policy();
        assertThat(p.schemaVersion()).isEqualTo("dependency-resource-backup-policies.policy/v1");
        assertThat(p.version()).isEqualTo("v1");
        assertThat(p.retentionDays()).isEqualTo(14);
        assertThat(p.scheduleIntervalHours()).isEqualTo(6);
        assertThat(p.retryOnFailure()).isTrue();
        assertThat(p.enabled()).isTrue();
        assertThat(p.lastRunAt()).isNull();
        assertThat(p.providerKey()).isNull();
        assertThat(Instant.parse(p.nextRunAt())).isBetween(before.plus(Duration.ofHours(6)).minusSeconds(1),
                clock.instant().plus(Duration.ofHours(6)));
        assertThat(Json.write(backups().showBackupPolicy(id))).contains("\"lastRunAt\":null", "\"providerKey\":null");

        String again = backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, "v1", db, 3L, 12L,
                "local-shell", false, false, "2030-01-01T00:00:00Z")).id();
        assertThat(again).isEqualTo(id);
        p = backups().showBackupPolicy(id).policy();
        assertThat(p.retentionDays()).isEqualTo(3);
        assertThat(p.enabled()).isFalse();
        assertThat(p.retryOnFailure()).isFalse();
        assertThat(p.providerKey()).isEqualTo("local-shell");
        assertThat(p.nextRunAt()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(backups().listBackupPolicies(new ListBackupPoliciesInput(null, "true", null)).items()).isEmpty();
        assertThat(backups().listBackupPolicies(new ListBackupPoliciesInput(db, "false", null)).items()).hasSize(1);
        backups().configureBackupPolicy(new ConfigureBackupPolicyInput(id, null, db, 3L, 12L, null, null, true, null));
        assertThat(backups().listBackupPolicies(new ListBackupPoliciesInput(null, null, "2029-12-31T00:00:00Z"))
                .items()).isEmpty();
        assertThat(backups().listBackupPolicies(new ListBackupPoliciesInput(null, "true", "2030-01-01T00:00:00Z"))
                .items()).extracting(BackupPolicyView::id).containsExactly(id);
        assertThat(backups().listBackupPolicies(new ListBackupPoliciesInput("dep_other", null, null)).items()).isEmpty();
        assertThat(audit("dependency-resource-backup-policy-configured")).isEqualTo(3);

        assertInvalid(() -> backups().configureBackupPolicy(ConfigureBackupPolicyInput.every(db, 0, 7)),
                "scheduleIntervalHours");
        assertInvalid(() -> backups().configureBackupPolicy(ConfigureBackupPolicyInput.every(db, 1, 0)), "retentionDays");
        assertInvalid(() -> backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, "v2", db, 1L, 1L, null,
                null, null, null)), "version");
        assertInvalid(() -> backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, null, db, 1L, 1L, null,
                null, null, "tomorrow")), "nextRunAt");
        assertInvalid(() -> backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, null, db, null, 1L,
                null, null, null, null)), "retentionDays");
        assertInvalid(() -> backups().listBackupPolicies(new ListBackupPoliciesInput(null, "maybe", null)), "enabledOnly");
        assertFails(() -> backups().configureBackupPolicy(new ConfigureBackupPolicyInput("dbp_missing", null, db, 1L, 1L,
                null, null, null, null)), ErrorCode.NOT_FOUND);
        assertFails(() -> backups().showBackupPolicy("dbp_missing"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aDuePolicyBacksUpThroughTheWorkQueueAndRetentionDeletesOldDumps() throws Exception {
        String db = provision("db");
        String manual = backups().createBackup(CreateDependencyBackupInput.of(db)).id();
        awaitEnded(manual);
        String policy = backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, null, db, 1L, 24L, null,
                null, null, clock.instant().minusSeconds(60).toString())).id();
        assertThat(engine.runDueDependencyBackups()).isEqualTo(1);
        assertThat(engine.runDueDependencyBackups()).as("the slot made its backup").isZero();
        BackupPolicyView ran = backups().showBackupPolicy(policy).policy();
        assertThat(ran.lastRunAt()).isNotNull();
        assertThat(Instant.parse(ran.nextRunAt())).isAfter(clock.instant().plus(Duration.ofHours(23)));
        String scheduled = backups().listBackups(ListDependencyBackupsInput.of(db)).items().get(0).id();
        assertThat(scheduled).isNotEqualTo(manual);
        assertThat(awaitEnded(scheduled).status()).isEqualTo(DependencyBackupStatus.READY);
        Path oldDump = dir.resolve("work/artifacts").resolve(stored(scheduled).path("artifactKey").asText());
        assertThat(oldDump).exists();

        clock.shift(Duration.ofDays(2));
        assertThat(engine.runDueDependencyBackups()).isEqualTo(1);
        String newer = backups().listBackups(ListDependencyBackupsInput.of(db)).items().get(0).id();
        assertThat(awaitEnded(newer).status()).isEqualTo(DependencyBackupStatus.READY);
        DependencyBackupView pruned = awaitBackup(scheduled, b -> b.retentionStatus().equals("none"));
        assertThat(pruned.status()).isEqualTo(DependencyBackupStatus.READY);
        assertThat(pruned.providerArtifactHandle()).isNull();
        assertThat(oldDump).doesNotExist();
        assertFails(() -> backups().restoreBackup(RestoreDependencyBackupInput.acknowledged(scheduled)),
                ErrorCode.DEPENDENCY_BACKUP_NOT_RESTORABLE);
        assertThat(backups().showBackup(manual).backup().retentionStatus()).as("a manual backup is kept")
                .isEqualTo("retained");
        assertThat(backups().showBackup(newer).backup().retentionStatus()).isEqualTo("retained");
        assertThat(audit("dependency-resource-backup-pruned")).isEqualTo(1);
    }

    @Test
    void thePolicyOfADeletedResourceStops() {
        String db = provision("db");
        String policy = backups().configureBackupPolicy(new ConfigureBackupPolicyInput(null, null, db, 1L, 1L, null,
                null, null, clock.instant().minusSeconds(60).toString())).id();
        engine.dependencyResources().delete(db);
        assertThat(engine.runDueDependencyBackups()).isZero();
        assertThat(backups().showBackupPolicy(policy).policy().enabled()).isFalse();
        assertThat(backups().listBackups(ListDependencyBackupsInput.of(db)).items()).isEmpty();
    }
}

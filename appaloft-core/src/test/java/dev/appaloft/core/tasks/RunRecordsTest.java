package dev.appaloft.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.tasks.CreateScheduledTaskInput;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run records' guards, below the facade: of runs started at once only one holds the task
 * ({@code forbid}), and a run found running by a retried work item (its worker died) is failed,
 * not run again. Plus the run status machine.
 */
class RunRecordsTest {

    final MemoryStore store = new MemoryStore();
    AppaloftEngine engine;
    CoreContext ctx;
    RunRecords records;
    Actor system;
    ScheduledTask task;

    @BeforeEach
    void start() {
        // no workers pick these runs up: the test starts them itself
        engine = AppaloftEngine.builder().store(store, false).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .scheduledTaskTick(java.time.Duration.ZERO).build();
        var as = engine.system();
        String project = as.projects().create(CreateProjectInput.named("shop")).id();
        String env = as.environments().create(new CreateEnvironmentInput(project, "prod", EnvironmentKind.PRODUCTION,
                null)).id();
        String resource = as.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        String taskId = as.scheduledTasks().create(CreateScheduledTaskInput.of(resource, "0 3 * * *", "UTC", "true", 5,
                0)).task().taskId();
        ctx = new CoreContext(store, Clock.systemUTC(), AesGcmSecretBox.withKey("t", new byte[32]));
        records = new RunRecords(ctx);
        system = new Actor(Actor.Kind.SYSTEM, "test", as.actor().organizationId(), Actor.Role.OWNER);
        task = store.read(r -> TaskRepository.TASKS.find(r, taskId)).orElseThrow().value();
    }

    @AfterEach
    void stop() {
        engine.close();
        store.close();
    }

    String accepted() {
        ScheduledTaskRun run = ScheduledTaskRun.accepted(dev.appaloft.core.internal.Ids.next("str"), task,
                ScheduledTaskRun.MANUAL, null, null, ctx.now());
        store.transaction(tx -> {
            TaskRepository.RUNS.insert(tx, run, ctx.now());
            return null;
        });
        return run.id();
    }

    ScheduledTaskRun run(String id) {
        return store.read(r -> TaskRepository.RUNS.find(r, id)).orElseThrow().value();
    }

    @Test
    void ofRunsStartedAtOnceOnlyOneHoldsTheTask() throws Exception {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(accepted());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RunRecords.Begun>> begun = new ArrayList<>();
        for (String id : runs) {
            begun.add(pool.submit(() -> {
                go.await();
                return records.begin(system, id);
            }));
        }
        go.countDown();
        long started = 0;
        for (Future<RunRecords.Begun> b : begun) {
            started += b.get() == null ? 0 : 1;
        }
        pool.shutdown();
        assertThat(started).isEqualTo(1);
        assertThat(runs.stream().map(this::run).map(ScheduledTaskRun::status)).containsOnly("running", "skipped")
                .filteredOn("running"::equals).hasSize(1);
        assertThat(runs.stream().map(this::run).filter(r -> r.status().equals("skipped")))
                .allMatch(r -> r.skippedReason().equals(ScheduledTaskRun.CONCURRENCY_FORBIDDEN));
    }

    @Test
    void aRunFoundRunningIsFailedAsInterruptedAndFreesTheTask() {
        String id = accepted();
        RunRecords.Begun first = records.begin(system, id);
        assertThat(first.interrupted()).isFalse();
        // the worker died here; its item is claimed again
        RunRecords.Begun again = records.begin(system, id);
        assertThat(again.interrupted()).isTrue();
        assertThat(run(id).status()).isEqualTo("failed");
        assertThat(run(id).failureSummary()).contains("interrupted");
        assertThat(records.begin(system, id)).as("ended: nothing to do").isNull();
        String next = accepted();
        assertThat(records.begin(system, next)).as("the task is free again").isNotNull();
    }

    @Property(tries = 200)
    void aRunMovesOnlyForwardAndEndsOnce(@ForAll RunStatus from, @ForAll RunStatus to) {
        boolean allowed = from.canBecome(to);
        assertThat(allowed).isEqualTo(switch (from) {
            case ACCEPTED -> to == RunStatus.RUNNING || to == RunStatus.SKIPPED;
            case RUNNING -> to == RunStatus.SUCCEEDED || to == RunStatus.FAILED;
            default -> false;
        });
        if (from.terminal()) {
            assertThat(allowed).isFalse();
        }
        assertThat(from.canBecome(from)).isFalse();
        assertThat(RunStatus.of(from.wire())).isEqualTo(from);
    }
}

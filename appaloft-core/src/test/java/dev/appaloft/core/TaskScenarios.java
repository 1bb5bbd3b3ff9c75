package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.ScheduledTasksApi;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.runtime.InstanceLogLine;
import dev.appaloft.api.runtime.TaskRunResult;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.tasks.*;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** scheduledTasks.* over the facade with the runtime double's task containers, on one store. */
public abstract class TaskScenarios extends RunningAppFixture {

    ScheduledTasksApi tasks() {
        return appaloft.scheduledTasks();
    }

    ScheduledTaskView create(String command, int retryLimit) {
        return tasks().create(CreateScheduledTaskInput.of(resource, "0 0 29 2 *", "Europe/Berlin", command, 30,
                retryLimit)).task();
    }

    ScheduledTaskRunView runNow(ScheduledTaskView task) {
        return tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource)).run();
    }

    ScheduledTaskRunView awaitEnded(String runId) throws InterruptedException {
        await(() -> List.of("succeeded", "failed", "skipped").contains(tasks().run(runId).run().status()));
        return tasks().run(runId).run();
    }

    List<String> messages(String runId, String stream) {
        return tasks().logs(ScheduledTaskRunLogsInput.of(runId)).entries().stream()
                .filter(e -> e.stream().equals(stream)).map(ScheduledTaskRunLogs.Entry::message).toList();
    }

    @Test
    void aTaskIsCreatedShownListedConfiguredAndDeletedWithOneAuditEventEach() {
        ScheduledTaskView task = create("php artisan schedule:run", 1);
        assertThat(task.taskId()).startsWith("stk_");
        assertThat(task.status()).isEqualTo("enabled");
        assertThat(task.concurrencyPolicy()).isEqualTo("forbid");
        assertThat(task.timezone()).isEqualTo("Europe/Berlin");
        assertThat(task.latestRun()).isNull();
        assertThat(tasks().show(task.taskId()).task()).isEqualTo(task);
        assertThat(tasks().list(ListScheduledTasksInput.ofResource(resource)).items()).containsExactly(task);
        assertThat(tasks().list(new ListScheduledTasksInput(project, env, null, "disabled", null, null)).items())
                .isEmpty();

        ScheduledTaskView changed = tasks().configure(new ConfigureScheduledTaskInput(task.taskId(), resource,
                "*/15 * * * *", "UTC", null, 60, null, null, "disabled", null)).task();
        assertThat(changed.schedule()).isEqualTo("*/15 * * * *");
        assertThat(changed.timezone()).isEqualTo("UTC");
        assertThat(changed.timeoutSeconds()).isEqualTo(60);
        assertThat(changed.retryLimit()).isEqualTo(1);
        assertThat(changed.commandIntent()).isEqualTo("php artisan schedule:run");
        assertThat(changed.status()).isEqualTo("disabled");

        ScheduledTaskDeleted deleted = tasks().delete(task.taskId(), resource);
        assertThat(deleted.status()).isEqualTo("deleted");
        assertFails(() -> tasks().show(task.taskId()), "not_found");
        assertFails(() -> tasks().delete(task.taskId(), resource), "not_found");
        assertThat(tasks().list(ListScheduledTasksInput.all()).items()).isEmpty();
        assertThat(audit("scheduled-task-created")).hasSize(1);
        assertThat(audit("scheduled-task-configured")).hasSize(1);
        assertThat(audit("scheduled-task-deleted")).hasSize(1);
    }

    @Test
    void badInputNamesEveryFieldAtFaultAndWritesNothing() {
        assertThat(fields(() -> tasks().create(new CreateScheduledTaskInput(resource, "61 * * * *", "Mars/Olympus",
                " ", 0, 11, "allow", "paused", null)))).containsExactlyInAnyOrder("schedule", "timezone",
                "commandIntent", "timeoutSeconds", "retryLimit", "concurrencyPolicy", "status");
        assertThat(fields(() -> tasks().create(CreateScheduledTaskInput.of(resource, "* * *", "UTC", "true", 1, 0))))
                .containsExactly("schedule");
        assertThat(fields(() -> tasks().create(CreateScheduledTaskInput.of(resource, "0 0 30 2 *", "UTC", "true", 1,
                0)))).as("30 February is never due").containsExactly("schedule");
        assertThat(fields(() -> tasks().create(new CreateScheduledTaskInput(resource, null, null, null, null, null,
                null, null, null)))).contains("schedule", "timezone", "commandIntent", "timeoutSeconds", "retryLimit");
        assertFails(() -> tasks().create(CreateScheduledTaskInput.of("res_missing", "* * * * *", "UTC", "true", 1, 0)),
                "not_found");
        ScheduledTaskView task = create("true", 0);
        assertThat(fields(() -> tasks().configure(new ConfigureScheduledTaskInput(task.taskId(), resource, "@often",
                null, null, null, null, null, null, null)))).containsExactly("schedule");
        assertFails(() -> tasks().configure(ConfigureScheduledTaskInput.status(task.taskId(), "res_other", "disabled")),
                "not_found");
        assertThat(tasks().list(ListScheduledTasksInput.all()).items()).containsExactly(task);
        assertThat(audit("scheduled-task-created")).hasSize(1);
        assertThat(audit("scheduled-task-configured")).isEmpty();
    }

    @Test
    void runNowRunsTheCommandInTheCurrentImageWithTheAppsVariablesAndKeepsItsMaskedOutput() throws Exception {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", SECRET, null));
        deploy();
        awaitNoDeploymentInProgress();
        runtime.tasks = request -> new TaskRunResult(0, false, List.of(
                new InstanceLogLine(InstanceLogLine.Stream.STDOUT, Instant.now(), "migrated with " + SECRET),
                new InstanceLogLine(InstanceLogLine.Stream.STDERR, Instant.now(), "a warning")), false);
        ScheduledTaskView task = create("./migrate --force", 0);
        ScheduledTaskRunView accepted = runNow(task);
        assertThat(accepted.status()).isIn("accepted", "running", "succeeded");
        assertThat(accepted.triggerKind()).isEqualTo("manual");
        ScheduledTaskRunView run = awaitEnded(accepted.runId());
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(run.exitCode()).isZero();
        assertThat(run.startedAt()).isNotNull();
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.failureSummary()).isNull();

        assertThat(runtime.taskRuns).hasSize(1);
        var request = runtime.taskRuns.get(0);
        assertThat(request.image()).isEqualTo(runtime.startedImages.values().iterator().next());
        assertThat(request.command()).containsExactly("sh", "-c", "./migrate --force");
        assertThat(request.environment()).containsEntry("DB_PASSWORD", SECRET).containsKey("PORT");
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(request.labels()).containsEntry("appaloft.task-run", run.runId()).doesNotContainKey("appaloft.resource");

        assertThat(messages(run.runId(), "stdout")).containsExactly("migrated with ********");
        assertThat(messages(run.runId(), "stderr")).containsExactly("a warning");
        assertThat(messages(run.runId(), "system")).anyMatch(m -> m.startsWith("attempt 1 of 1"));
        assertThat(tasks().show(task.taskId()).task().latestRun()).isEqualTo(run);
        assertThat(tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId())).items()).containsExactly(run);
        assertThat(audit("scheduled-task-run-requested")).hasSize(1);
        assertThat(allAudit()).noneMatch(e -> e.body().contains(SECRET));
    }

    @Test
    void aFailingCommandIsRetriedToItsLimitAndATimeoutFailsTheRun() throws Exception {
        deploy();
        awaitNoDeploymentInProgress();
        runtime.tasks = request -> new TaskRunResult(3, false, List.of(), false);
        ScheduledTaskRunView failed = awaitEnded(runNow(create("exit 3", 2)).runId());
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.failureSummary()).isEqualTo("exited with code 3");
        assertThat(runtime.taskRuns).hasSize(3);
        assertThat(runtime.taskRuns).extracting(r -> r.name()).doesNotHaveDuplicates();
        assertThat(messages(failed.runId(), "system")).contains("retrying (2 attempts left)", "retrying (1 attempt left)");

        runtime.taskRuns.clear();
        runtime.tasks = request -> new TaskRunResult(null, true, List.of(), false);
        ScheduledTaskRunView timedOut = awaitEnded(runNow(create("sleep 100", 0)).runId());
        assertThat(timedOut.status()).isEqualTo("failed");
        assertThat(timedOut.exitCode()).isNull();
        assertThat(timedOut.failureSummary()).contains("timed out after 30 s");
        assertThat(runtime.taskRuns).hasSize(1);
    }

    @Test
    void aRunIsSkippedWhenTheTaskIsDisabledOrAnotherRunOfItIsRunning() throws Exception {
        deploy();
        awaitNoDeploymentInProgress();
        ScheduledTaskView task = create("true", 0);
        CountDownLatch release = new CountDownLatch(1);
        runtime.tasks = request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TaskRunResult(0, false, List.of(), false);
        };
        ScheduledTaskRunView first = runNow(task);
        await(() -> tasks().run(first.runId()).run().status().equals("running"));
        ScheduledTaskRunView second = awaitEnded(runNow(task).runId());
        assertThat(second.status()).isEqualTo("skipped");
        assertThat(second.skippedReason()).isEqualTo("concurrency-forbidden");
        release.countDown();
        assertThat(awaitEnded(first.runId()).status()).isEqualTo("succeeded");
        assertThat(awaitEnded(runNow(task).runId()).status()).as("free again").isEqualTo("succeeded");

        tasks().configure(ConfigureScheduledTaskInput.status(task.taskId(), resource, "disabled"));
        ScheduledTaskRunView disabled = runNow(task);
        assertThat(disabled.status()).isEqualTo("skipped");
        assertThat(disabled.skippedReason()).isEqualTo("task-disabled");
        assertThat(tasks().runs(new ListScheduledTaskRunsInput(task.taskId(), null, "skipped", "manual", null, null))
                .items()).hasSize(2);
    }

    @Test
    void aRunWithoutARunningDeploymentFailsAndSaysWhy() throws Exception {
        ScheduledTaskRunView run = awaitEnded(runNow(create("true", 3)).runId());
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.failureSummary()).contains("no running deployment");
        assertThat(runtime.taskRuns).isEmpty();
    }

    @Test
    void dueTimesRunOnceEachEvenWithTwoControlPlanesOnTheStore() throws Exception {
        deploy();
        awaitNoDeploymentInProgress();
        // due once, three seconds from now (six fields: seconds first), in the task's zone
        ZonedDateTime due = ZonedDateTime.ofInstant(Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                ZoneOffset.UTC);
        String once = due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " "
                + due.getMonthValue() + " *";
        ScheduledTaskView task = tasks().create(CreateScheduledTaskInput.of(resource, once, "UTC", "true", 5, 0)).task();
        try (AppaloftEngine other = AppaloftEngine.builder().store(store, false).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime).build()) {
            // each process enqueues the due time (this one's own tick may have done so already): one work item
            assertThat(engine().scheduleTaskRuns()).isBetween(0, 1);
            assertThat(other.scheduleTaskRuns()).isEqualTo(1);
            assertThat(engine().scheduleTaskRuns()).as("enqueued already").isZero();
            assertThat(engine().store().work().count(new dev.appaloft.api.store.work.WorkFilter(
                    java.util.Set.of("scheduled-task-run"), null, null, java.util.Map.of("taskId", task.taskId()), null,
                    null, null, null, 100))).isEqualTo(1);
            await(() -> !tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId())).items().isEmpty());
            ScheduledTaskRunView run = awaitEnded(tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId()))
                    .items().get(0).runId());
            assertThat(run.triggerKind()).isEqualTo("scheduled");
            assertThat(run.status()).isEqualTo("succeeded");
            assertThat(Instant.parse(run.startedAt())).isAfterOrEqualTo(due.toInstant().minusMillis(1));
            Thread.sleep(1500);
            assertThat(tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId())).items()).hasSize(1);
            assertThat(runtime.taskRuns).hasSize(1);
        }
    }

    @Test
    void aDeletedTasksRunsStayReadableAndItBlocksDeletingNothingOnceGone() throws Exception {
        deploy();
        awaitNoDeploymentInProgress();
        ScheduledTaskView task = create("true", 0);
        ScheduledTaskRunView run = awaitEnded(runNow(task).runId());
        tasks().delete(task.taskId(), resource);
        assertThat(tasks().run(run.runId()).run()).isEqualTo(run);
        assertThat(tasks().runs(ListScheduledTaskRunsInput.ofTask(task.taskId())).items()).containsExactly(run);
        assertThat(tasks().logs(ScheduledTaskRunLogsInput.of(run.runId())).entries()).isNotEmpty();
        assertFails(() -> tasks().runNow(RunScheduledTaskNowInput.of(task.taskId(), resource)), "not_found");
        assertFails(() -> tasks().logs(new ScheduledTaskRunLogsInput(run.runId(), "stk_other", null, null, null)),
                "not_found");
    }

    @Test
    void aTaskKeepsItsArchivedResourceFromBeingDeletedAndItsRunsAreSkipped() {
        ScheduledTaskView task = create("true", 0);
        appaloft.resources().archive(new dev.appaloft.api.resources.ArchiveResourceInput(resource, "retired", null));
        ScheduledTaskRunView skipped = runNow(task);
        assertThat(skipped.status()).isEqualTo("skipped");
        assertThat(skipped.skippedReason()).isEqualTo("resource-archived");
        assertFails(() -> tasks().configure(ConfigureScheduledTaskInput.status(task.taskId(), resource, "disabled")),
                "resource_archived");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> appaloft.resources().delete(
                dev.appaloft.api.resources.DeleteResourceInput.confirmed(resource, "web")))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_DELETE_BLOCKED);
                    assertThat(e.getMessage()).contains("scheduled-task");
                });
        tasks().delete(task.taskId(), resource);
        appaloft.resources().delete(dev.appaloft.api.resources.DeleteResourceInput.confirmed(resource, "web"));
        assertFails(() -> appaloft.resources().show(resource), "not_found");
    }

    @Test
    void listsArePagedNewestFirst() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create("job " + i, 0).taskId());
            Thread.sleep(2); // distinct creation times, so newest first is well defined
        }
        ScheduledTaskList first = tasks().list(new ListScheduledTasksInput(null, null, resource, null, 2, null));
        assertThat(first.items()).extracting(ScheduledTaskView::taskId).containsExactly(ids.get(2), ids.get(1));
        ScheduledTaskList second = tasks().list(new ListScheduledTasksInput(null, null, resource, null, 2,
                first.nextCursor()));
        assertThat(second.items()).extracting(ScheduledTaskView::taskId).containsExactly(ids.get(0));
        assertThat(second.nextCursor()).isNull();

        tasks().configure(ConfigureScheduledTaskInput.status(ids.get(0), resource, "disabled"));
        List<String> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(tasks().runNow(RunScheduledTaskNowInput.of(ids.get(0), resource)).run().runId());
            Thread.sleep(2);
        }
        ScheduledTaskRunList page = tasks().runs(new ListScheduledTaskRunsInput(ids.get(0), resource, null, null, 2,
                null));
        assertThat(page.items()).extracting(ScheduledTaskRunView::runId).containsExactly(runs.get(2), runs.get(1));
        assertThat(tasks().runs(new ListScheduledTaskRunsInput(ids.get(0), resource, null, null, 2, page.nextCursor()))
                .items()).extracting(ScheduledTaskRunView::runId).containsExactly(runs.get(0));
        assertThat(tasks().runs(new ListScheduledTaskRunsInput(ids.get(1), null, null, null, null, null)).items())
                .isEmpty();
    }

    @Test
    void runLogsArePagedOldestFirst() throws Exception {
        deploy();
        awaitNoDeploymentInProgress();
        runtime.tasks = request -> new TaskRunResult(0, false, java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> new InstanceLogLine(InstanceLogLine.Stream.STDOUT, Instant.now(), "line " + i)).toList(),
                false);
        ScheduledTaskRunView run = awaitEnded(runNow(create("seq 150", 0)).runId());
        ScheduledTaskRunLogs first = tasks().logs(new ScheduledTaskRunLogsInput(run.runId(), null, null, null, 100));
        assertThat(first.entries()).hasSize(100);
        assertThat(first.nextCursor()).isNotNull();
        ScheduledTaskRunLogs second = tasks().logs(new ScheduledTaskRunLogsInput(run.runId(), null, null,
                first.nextCursor(), 100));
        assertThat(second.nextCursor()).isNull();
        List<String> all = java.util.stream.Stream.concat(first.entries().stream(), second.entries().stream())
                .filter(e -> e.stream().equals("stdout")).map(ScheduledTaskRunLogs.Entry::message).toList();
        assertThat(all).hasSize(150).startsWith("line 0").endsWith("line 149");
    }

    AppaloftEngine engine() {
        return (AppaloftEngine) appaloft;
    }

    List<StreamRecord> allAudit() {
        return engine().store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000));
    }

    List<StreamRecord> audit(String type) {
        return allAudit().stream().filter(e -> e.type().equals(type)).toList();
    }

    static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.issues().stream().map(i -> String.join(".", i.path().stream().map(String::valueOf).toList()))
                    .distinct().toList();
        }
        throw new AssertionError("expected a validation error");
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static final Actor SYSTEM = Actor.system("test");
}

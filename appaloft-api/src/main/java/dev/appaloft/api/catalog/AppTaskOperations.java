package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.staticartifacts.*;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.tasks.*;
import dev.appaloft.api.terminals.*;
import java.util.List;

/** The catalog's area of operating apps: scheduled tasks, terminals and static artifacts. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class AppTaskOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<ListStaticArtifactPublicationsInput, StaticArtifactPublicationList> STATIC_ARTIFACTS_LIST_PUBLICATIONS =
            Operation.of(API, "staticArtifacts.listPublications", OperationKind.QUERY, HttpMethod.GET, "/static-artifacts/publications", 200, ListStaticArtifactPublicationsInput.class, StaticArtifactPublicationList.class);
    public static final Operation<PublishStaticArtifactInput, StaticArtifactPublished> STATIC_ARTIFACTS_PUBLISH =
            Operation.of(API, "staticArtifacts.publish", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish", 201, PublishStaticArtifactInput.class, StaticArtifactPublished.class);
    public static final Operation<PublishStaticArtifactArchiveInput, StaticArtifactPublished> STATIC_ARTIFACTS_PUBLISH_ARCHIVE =
            Operation.of(API, "staticArtifacts.publishArchive", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish-archive", 201, PublishStaticArtifactArchiveInput.class, StaticArtifactPublished.class);
    public static final Operation<PublishStaticArtifactPayloadInput, StaticArtifactPublished> STATIC_ARTIFACTS_PUBLISH_PAYLOAD =
            Operation.of(API, "staticArtifacts.publishPayload", OperationKind.COMMAND, HttpMethod.POST, "/static-artifacts/publish-payload", 201, PublishStaticArtifactPayloadInput.class, StaticArtifactPublished.class);
    public static final Operation<ListScheduledTasksInput, ScheduledTaskList> SCHEDULED_TASKS_LIST =
            Operation.of(API, "scheduledTasks.list", OperationKind.QUERY, HttpMethod.GET, "/scheduled-tasks", 200, ListScheduledTasksInput.class, ScheduledTaskList.class);
    public static final Operation<CreateScheduledTaskInput, ScheduledTaskCommandResult> SCHEDULED_TASKS_CREATE =
            Operation.of(API, "scheduledTasks.create", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks", 201, CreateScheduledTaskInput.class, ScheduledTaskCommandResult.class);
    public static final Operation<ShowScheduledTaskInput, ScheduledTaskShown> SCHEDULED_TASKS_SHOW =
            Operation.of(API, "scheduledTasks.show", OperationKind.QUERY, HttpMethod.GET, "/scheduled-tasks/{taskId}", 200, ShowScheduledTaskInput.class, ScheduledTaskShown.class);
    public static final Operation<ConfigureScheduledTaskInput, ScheduledTaskCommandResult> SCHEDULED_TASKS_CONFIGURE =
            Operation.of(API, "scheduledTasks.configure", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks/{taskId}", 200, ConfigureScheduledTaskInput.class, ScheduledTaskCommandResult.class);
    public static final Operation<DeleteScheduledTaskInput, ScheduledTaskDeleted> SCHEDULED_TASKS_DELETE =
            Operation.of(API, "scheduledTasks.delete", OperationKind.COMMAND, HttpMethod.DELETE, "/scheduled-tasks/{taskId}", 200, DeleteScheduledTaskInput.class, ScheduledTaskDeleted.class);
    public static final Operation<RunScheduledTaskNowInput, ScheduledTaskRunAccepted> SCHEDULED_TASKS_RUN_NOW =
            Operation.of(API, "scheduledTasks.runNow", OperationKind.COMMAND, HttpMethod.POST, "/scheduled-tasks/{taskId}/runs", 202, RunScheduledTaskNowInput.class, ScheduledTaskRunAccepted.class);
    public static final Operation<ListScheduledTaskRunsInput, ScheduledTaskRunList> SCHEDULED_TASKS_RUNS_LIST =
            Operation.of(API, "scheduledTasks.runs.list", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs", 200, ListScheduledTaskRunsInput.class, ScheduledTaskRunList.class);
    public static final Operation<ShowScheduledTaskRunInput, ScheduledTaskRunShown> SCHEDULED_TASKS_RUNS_SHOW =
            Operation.of(API, "scheduledTasks.runs.show", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs/{runId}", 200, ShowScheduledTaskRunInput.class, ScheduledTaskRunShown.class);
    public static final Operation<ScheduledTaskRunLogsInput, ScheduledTaskRunLogs> SCHEDULED_TASKS_RUNS_LOGS =
            Operation.of(API, "scheduledTasks.runs.logs", OperationKind.QUERY, HttpMethod.GET, "/scheduled-task-runs/{runId}/logs", 200, ScheduledTaskRunLogsInput.class, ScheduledTaskRunLogs.class);
    public static final Operation<OpenTerminalSessionInput, OpenedTerminalSession> TERMINAL_SESSIONS_OPEN =
            Operation.of(API, "terminalSessions.open", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions", 201, OpenTerminalSessionInput.class, OpenedTerminalSession.class);
    public static final Operation<ListTerminalSessionsInput, TerminalSessionList> TERMINAL_SESSIONS_LIST =
            Operation.of(API, "terminalSessions.list", OperationKind.QUERY, HttpMethod.GET, "/terminal-sessions", 200, ListTerminalSessionsInput.class, TerminalSessionList.class);
    public static final Operation<ShowTerminalSessionInput, TerminalSessionShown> TERMINAL_SESSIONS_SHOW =
            Operation.of(API, "terminalSessions.show", OperationKind.QUERY, HttpMethod.GET, "/terminal-sessions/{sessionId}", 200, ShowTerminalSessionInput.class, TerminalSessionShown.class);
    public static final Operation<CloseTerminalSessionInput, ClosedTerminalSession> TERMINAL_SESSIONS_CLOSE =
            Operation.of(API, "terminalSessions.close", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions/{sessionId}/close", 200, CloseTerminalSessionInput.class, ClosedTerminalSession.class);
    public static final Operation<ExpireTerminalSessionsInput, ExpiredTerminalSessions> TERMINAL_SESSIONS_EXPIRE =
            Operation.of(API, "terminalSessions.expire", OperationKind.COMMAND, HttpMethod.POST, "/terminal-sessions/expire", 200, ExpireTerminalSessionsInput.class, ExpiredTerminalSessions.class);

    private AppTaskOperations() {
    }
}

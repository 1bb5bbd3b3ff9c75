package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.TerminalSessionsApi;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.terminals.*;
import dev.appaloft.core.deployments.FakeTerminal;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.terminals.TerminalAttachment;
import dev.appaloft.core.terminals.TerminalClient;
import dev.appaloft.core.terminals.TerminalLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** terminalSessions.* over the facade with the runtime double's echo terminal, on one store. */
public abstract class TerminalScenarios extends RunningAppFixture {

    private static final Actor SYSTEM = Actor.system("test");

    TerminalSessionsApi terminals() {
        return appaloft.terminalSessions();
    }

    OpenedTerminalSession openOnResource() {
        return terminals().open(OpenTerminalSessionInput.of(TerminalScope.resource(resource)));
    }

    @Test
    void aShellInTheResourcesContainerTakesInputResizesAndCloses() {
        String deployment = deploy();
        OpenedTerminalSession opened = terminals().open(new OpenTerminalSessionInput(TerminalScope.resource(resource),
                "src", 30, 100));
        assertThat(opened.scope()).isEqualTo("resource");
        assertThat(opened.serverId()).isEqualTo(server);
        assertThat(opened.deploymentId()).isEqualTo(deployment);
        assertThat(opened.workingDirectory()).isEqualTo("/app/src");
        assertThat(opened.transport().path()).isEqualTo("/api/terminal-sessions/" + opened.sessionId() + "/attach");
        FakeTerminal shell = runtime.terminals.get(0);
        assertThat(shell.request.rows()).isEqualTo(30);
        assertThat(shell.request.cols()).isEqualTo(100);

        assertThat(terminals().list(ListTerminalSessionsInput.all()).items()).extracting(TerminalSessionView::status)
                .containsExactly("active");
        assertThat(terminals().show(opened.sessionId()).item().resourceId()).isEqualTo(resource);

        Client client = new Client();
        TerminalAttachment attachment = engine().terminals().attach(SYSTEM, opened.sessionId(), client);
        attachment.input("echo hi\n".getBytes(StandardCharsets.UTF_8));
        assertThat(client.text()).isEqualTo("echo hi\n");
        attachment.resize(40, 1000);
        assertThat(shell.resizes).containsExactly("40x320"); // clamped to the spec's bounds

        ClosedTerminalSession closed = terminals().close(opened.sessionId());
        assertThat(closed.closed()).isTrue();
        assertThat(shell.closed).isTrue();
        assertThat(client.ended).containsExactly("closed");
        assertFails(() -> terminals().show(opened.sessionId()), "not_found");
        assertThat(terminals().list(ListTerminalSessionsInput.all()).items()).isEmpty();
        assertThat(terminals().close(opened.sessionId()).closed()).as("closed already").isFalse();
        assertThat(audit("terminal-session-opened")).hasSize(1);
        assertThat(audit("terminal-session-closed")).hasSize(1);
    }

    @Test
    void aLateClientGetsTheRetainedOutputUpTo64KiB() {
        deploy();
        OpenedTerminalSession opened = openOnResource();
        Client first = new Client();
        TerminalAttachment attachment = engine().terminals().attach(SYSTEM, opened.sessionId(), first);
        attachment.input("x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        attachment.input("tail\n".getBytes(StandardCharsets.UTF_8));
        attachment.detach();

        Client late = new Client();
        engine().terminals().attach(SYSTEM, opened.sessionId(), late);
        assertThat(late.bytes.size()).isEqualTo(64 * 1024);
        assertThat(late.text()).endsWith("xtail\n");
    }

    @Test
    void theTtlEndsASessionAndAnExitedShellEndsItToo() throws InterruptedException {
        deploy();
        OpenedTerminalSession opened = openOnResource();
        Client client = new Client();
        engine().terminals().attach(SYSTEM, opened.sessionId(), client);
        clock.shift(Duration.ofSeconds(3601));
        await(() -> !client.ended.isEmpty());
        assertThat(client.ended).containsExactly("expired");
        assertThat(runtime.terminals.get(0).closed).isTrue();
        assertFails(() -> terminals().show(opened.sessionId()), "not_found");
        assertFails(() -> engine().terminals().attach(SYSTEM, opened.sessionId(), new Client()), "not_found");

        OpenedTerminalSession second = openOnResource();
        TerminalAttachment attachment = engine().terminals().attach(SYSTEM, second.sessionId(), new Client());
        attachment.input("exit\n".getBytes(StandardCharsets.UTF_8));
        await(() -> terminals().list(ListTerminalSessionsInput.all()).items().isEmpty());
        assertThat(audit("terminal-session-closed")).hasSize(2);
    }

    @Test
    void anIdleSessionEndsOnTheIdleTtl() throws InterruptedException {
        deploy();
        // a second engine on the same store, with a short idle TTL
        try (AppaloftEngine idle = AppaloftEngine.builder().store(store, false).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .terminalLimits(new TerminalLimits(Duration.ofHours(1), Duration.ofMinutes(5), 1024)).build()) {
            OpenedTerminalSession opened = idle.terminalSessions().open(OpenTerminalSessionInput.of(
                    TerminalScope.resource(resource)));
            Client client = new Client();
            idle.terminals().attach(SYSTEM, opened.sessionId(), client);
            assertFails(() -> engine().terminals().attach(SYSTEM, opened.sessionId(), new Client()),
                    ErrorCode.TERMINAL_SESSION_NOT_LOCAL.code());
            clock.shift(Duration.ofMinutes(6));
            await(() -> !client.ended.isEmpty());
            assertThat(client.ended).containsExactly("idle");
        }
    }

    @Test
    void aLiveSessionBlocksDeletingItsServer() {
        deploy();
        String id = openOnResource().sessionId();
        assertThat(appaloft.servers().deleteCheck(server).blockers())
                .extracting(dev.appaloft.api.servers.ServerDeleteCheck.Blocker::kind).contains("terminal-session");
        terminals().close(id);
        assertThat(appaloft.servers().deleteCheck(server).blockers())
                .extracting(dev.appaloft.api.servers.ServerDeleteCheck.Blocker::kind).doesNotContain("terminal-session");
    }

    @Test
    void expireEndsTheSessionsOpenedBeforeAnInstantWithOneAuditRecord() {
        deploy();
        String a = openOnResource().sessionId();
        String b = openOnResource().sessionId();
        assertThat(terminals().expire(ExpireTerminalSessionsInput.due()).expiredCount()).as("none is due yet").isZero();
        ExpiredTerminalSessions expired = terminals().expire(new ExpireTerminalSessionsInput(
                clock.instant().plusSeconds(1).toString(), 200));
        assertThat(expired.sessionIds()).containsExactlyInAnyOrder(a, b);
        assertThat(expired.expiredCount()).isEqualTo(2);
        assertThat(runtime.terminals).allMatch(t -> t.closed);
        assertThat(audit("terminal-sessions-expired")).hasSize(1);
        assertThat(terminals().list(ListTerminalSessionsInput.all()).items()).isEmpty();
    }

    @Test
    void badInputNamesTheFieldAndAScopeWithoutAShellIsRefused() {
        assertFails(() -> openOnResource(), ErrorCode.TERMINAL_SESSION_UNAVAILABLE.code());
        deploy();
        assertThat(fields(() -> terminals().open(new OpenTerminalSessionInput(TerminalScope.resource(resource),
                "../etc", 5, 1000)))).containsExactlyInAnyOrder("relativeDirectory", "initialRows", "initialCols");
        assertThat(fields(() -> terminals().open(OpenTerminalSessionInput.of(new TerminalScope("resource", null, null,
                null))))).containsExactly("scope.resourceId");
        assertThat(fields(() -> terminals().open(OpenTerminalSessionInput.of(new TerminalScope("pod", null, null,
                null))))).containsExactly("scope.kind");
        assertThat(fields(() -> terminals().expire(new ExpireTerminalSessionsInput("yesterday", null))))
                .containsExactly("olderThan");
        assertFails(() -> terminals().open(OpenTerminalSessionInput.of(TerminalScope.server(server))),
                ErrorCode.TERMINAL_SESSION_SCOPE_UNSUPPORTED.code());
        assertFails(() -> terminals().open(OpenTerminalSessionInput.of(TerminalScope.resource("res_missing"))),
                "not_found");
        assertThat(runtime.terminals).isEmpty();
        assertThat(audit("terminal-session-opened")).isEmpty();
    }

    @Test
    void anotherOrganizationSeesNothingAndAViewerCannotOpenOrAttach() {
        deploy();
        String id = openOnResource().sessionId();
        Appaloft.Session stranger = appaloft.as(Actor.user("usr_x", "org_other", Actor.Role.OWNER));
        assertFails(() -> stranger.terminalSessions().show(id), "not_found");
        assertFails(() -> stranger.terminalSessions().close(id), "not_found");
        assertThat(stranger.terminalSessions().list(ListTerminalSessionsInput.all()).items()).isEmpty();
        assertFails(() -> engine().terminals().attach(Actor.user("usr_x", "org_other", Actor.Role.OWNER), id,
                new Client()), "not_found");

        Actor viewer = Actor.user("usr_v", Actor.SELF_HOSTED_ORGANIZATION, Actor.Role.VIEWER);
        assertFails(() -> appaloft.as(viewer).terminalSessions().open(OpenTerminalSessionInput.of(
                TerminalScope.resource(resource))), ErrorCode.FORBIDDEN.code());
        assertFails(() -> engine().terminals().attach(viewer, id, new Client()), ErrorCode.FORBIDDEN.code());
        assertThat(appaloft.as(viewer).terminalSessions().list(ListTerminalSessionsInput.all()).items()).hasSize(1);
    }

    AppaloftEngine engine() {
        return (AppaloftEngine) appaloft;
    }

    List<StreamRecord> audit(String type) {
        return engine().store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream()
                .filter(e -> e.type().equals(type)).toList();
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
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** A client double: keeps what it was sent. */
    static final class Client implements TerminalClient {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void output(byte[] chunk) {
            bytes.writeBytes(chunk);
        }

        @Override
        public void ended(String reason) {
            ended.add(reason);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

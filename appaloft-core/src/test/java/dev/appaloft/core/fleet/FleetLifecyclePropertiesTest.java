package dev.appaloft.core.fleet;

import static dev.appaloft.api.fleet.FleetDeploymentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.Actor;
import dev.appaloft.api.FleetApi;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.fleet.*;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.memory.MemoryStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random walks of everything that can happen to a fleet deployment (worker reports of any
 * status, new releases, redeploy, retry, delete), run through the real engine. After each event
 * the stored status must follow from the previous one by the moves of the Alien notes, written
 * out again here independently of {@link FleetDeploymentStatus}; a report is refused exactly
 * when no such move exists.
 */
class FleetLifecyclePropertiesTest {

    /** The worker's step() moves, as the notes list them (failures included). */
    private static final Map<FleetDeploymentStatus, Set<FleetDeploymentStatus>> STEP = new EnumMap<>(Map.of(
            PENDING, EnumSet.of(INITIAL_SETUP),
            INITIAL_SETUP, EnumSet.of(PROVISIONING, INITIAL_SETUP_FAILED),
            PROVISIONING, EnumSet.of(RUNNING, PROVISIONING_FAILED),
            RUNNING, EnumSet.of(REFRESH_FAILED),
            UPDATE_PENDING, EnumSet.of(UPDATING),
            UPDATING, EnumSet.of(RUNNING, UPDATE_FAILED),
            DELETE_PENDING, EnumSet.of(DELETING),
            DELETING, EnumSet.of(DELETED, DELETE_FAILED)));
    /** Retry edges, taken only when a retry was requested. */
    private static final Map<FleetDeploymentStatus, FleetDeploymentStatus> RETRY = Map.of(
            INITIAL_SETUP_FAILED, INITIAL_SETUP, PROVISIONING_FAILED, PROVISIONING, UPDATE_FAILED, UPDATE_PENDING,
            DELETE_FAILED, DELETING, REFRESH_FAILED, RUNNING);
    private static final Set<FleetDeploymentStatus> SETTLED = EnumSet.of(RUNNING, UPDATE_FAILED, REFRESH_FAILED);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AppaloftEngine ENGINE = AppaloftEngine.builder().store(new MemoryStore())
            .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).build();

    sealed interface Event permits Report, Publish, Redeploy, Retry, Delete {
    }

    record Report(FleetDeploymentStatus status, boolean onNewestRelease) implements Event {
    }

    record Publish() implements Event {
    }

    record Redeploy() implements Event {
    }

    record Retry() implements Event {
    }

    record Delete() implements Event {
    }

    @Provide
    Arbitrary<List<Event>> walks() {
        Arbitrary<Event> report = Arbitraries.of(FleetDeploymentStatus.class)
                .flatMap(s -> Arbitraries.of(true, false).map(newest -> new Report(s, newest)));
        Arbitrary<Event> event = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, report),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Publish())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Redeploy())),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new Retry())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Delete())));
        return event.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void noIllegalStatusIsEverStored(@ForAll("walks") List<Event> walk) throws Exception {
        // an organization per walk: releases of one walk never reach another's deployment
        FleetApi fleet = ENGINE.as(new Actor(Actor.Kind.USER, "usr", "org_walk_" + TRIES.incrementAndGet(),
                Actor.Role.OWNER)).fleet();
        String group = fleet.createGroup(new CreateDeploymentGroupInput("g", 1L)).id();
        String id = fleet.createDeployment(CreateFleetDeploymentInput.of("d", Platform.TEST, group)).deployment().id();
        fleet.createRelease(new CreateReleaseInput(JSON.readTree("{\"test\":{\"id\":\"s\",\"resources\":{}}}"), null));
        for (Event event : walk) {
            FleetDeploymentView before = fleet.deployment(id);
            FleetDeploymentStatus prev = before.statusValue();
            Outcome outcome = apply(fleet, id, event, before);
            FleetDeploymentStatus next = fleet.deployment(id).statusValue();
            assertThat(legal(event, prev, before.retryRequested(), next))
                    .as("%s -> %s after %s (retry requested: %s)", prev.wire(), next.wire(), event, before.retryRequested())
                    .isTrue();
            if (event instanceof Report r && outcome == Outcome.REPORTED) {
                assertThat(reachable(prev, r.status(), before.retryRequested())).as("accepted %s from %s", r, prev).isTrue();
            }
            if (event instanceof Report r && outcome == Outcome.REFUSED) {
                assertThat(reachable(prev, r.status(), before.retryRequested())).as("refused %s from %s", r, prev).isFalse();
            }
            assertThat(fleet.group(group).deploymentCount()).isEqualTo(next == DELETED ? 0 : 1);
        }
    }

    enum Outcome { REPORTED, REFUSED, OTHER }

    /** Runs the event; for a report, whether it was made and accepted or refused as an illegal move. */
    private static Outcome apply(FleetApi fleet, String id, Event event, FleetDeploymentView before) {
        try {
            if (event instanceof Report r) {
                if (fleet.acquire(AcquireInput.ids("w", List.of(id))).deployments().isEmpty()) {
                    return Outcome.OTHER; // nothing to do: no worker gets a lease, so nothing is reported
                }
                try {
                    String current = r.onNewestRelease() ? fleet.latestRelease().id() : before.currentReleaseId();
                    fleet.reconcile(new ReconcileInput(id, "w", new DeploymentState(r.status(), Platform.TEST,
                            current == null ? null : ReleaseInfo.of(current, null), null, null, null, null, null),
                            null, null));
                } catch (AppaloftException e) {
                    assertThat(e.code()).isEqualTo(FleetErrorCodes.INVALID_STATE_TRANSITION);
                    return Outcome.REFUSED;
                } finally {
                    fleet.releaseLease(id, "w");
                }
                return Outcome.REPORTED;
            } else if (event instanceof Publish) {
                fleet.createRelease(new CreateReleaseInput(JSON.readTree("{\"test\":{\"id\":\"s\",\"resources\":{}}}"), null));
            } else if (event instanceof Redeploy) {
                fleet.redeploy(id);
            } else if (event instanceof Retry) {
                fleet.retry(id);
            } else {
                fleet.deleteDeployment(id);
            }
        } catch (AppaloftException e) {
            assertThat(e.code().httpStatus()).as(e.getMessage()).isEqualTo(409);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Outcome.OTHER;
    }

    private static boolean legal(Event event, FleetDeploymentStatus prev, boolean retry, FleetDeploymentStatus next) {
        if (next == prev) {
            return true;
        }
        if (prev == DELETED) {
            return false;
        }
        if (event instanceof Report r) {
            return reachable(prev, r.status(), retry)
                    && (next == r.status() || r.status() == RUNNING && next == UPDATE_PENDING);
        }
        if (event instanceof Publish) {
            return SETTLED.contains(prev) && next == UPDATE_PENDING;
        }
        if (event instanceof Redeploy) {
            return (SETTLED.contains(prev) || prev == UPDATE_PENDING) && next == UPDATE_PENDING;
        }
        if (event instanceof Delete) {
            return next == DELETE_PENDING && !EnumSet.of(DELETE_PENDING, DELETING).contains(prev)
                    || prev == PENDING && next == DELETED;
        }
        return false; // a retry only sets the flag
    }

    private static boolean reachable(FleetDeploymentStatus from, FleetDeploymentStatus to, boolean retry) {
        if (from == DELETED) {
            return false;
        }
        Set<FleetDeploymentStatus> seen = EnumSet.of(from);
        Deque<FleetDeploymentStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            FleetDeploymentStatus s = todo.pop();
            Set<FleetDeploymentStatus> moves = EnumSet.noneOf(FleetDeploymentStatus.class);
            moves.addAll(STEP.getOrDefault(s, Set.of()));
            if (retry && RETRY.containsKey(s)) {
                moves.add(RETRY.get(s));
            }
            for (FleetDeploymentStatus m : moves) {
                if (seen.add(m)) {
                    todo.push(m);
                }
            }
        }
        return seen.contains(to);
    }

    @AfterContainer
    static void close() {
        ENGINE.close();
    }
}

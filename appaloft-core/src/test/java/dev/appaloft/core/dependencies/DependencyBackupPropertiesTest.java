package dev.appaloft.core.dependencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.backups.DependencyBackupStatus;
import dev.appaloft.api.dependencies.backups.RestoreStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The backup and restore state machines, and the policy schedule's next slot. */
class DependencyBackupPropertiesTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @Property
    void onlyAPendingBackupMovesAndOnlyToAnEnd(@ForAll DependencyBackupStatus from, @ForAll DependencyBackupStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(from == DependencyBackupStatus.PENDING && to != DependencyBackupStatus.PENDING);
    }

    @Property
    void onlyAPendingRestoreMovesAndOnlyToAnEnd(@ForAll RestoreStatus from, @ForAll RestoreStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(from == RestoreStatus.PENDING && to != RestoreStatus.PENDING);
    }

    @Provide
    Arbitrary<List<String>> steps() {
        return Arbitraries.of("ready", "failed", "restore", "restored", "restoreFailed", "prune").list().ofMaxSize(8);
    }

    /** Any sequence of steps either applies or is refused; what applies keeps the backup's invariants. */
    @Property
    void stepsKeepTheInvariants(@ForAll("steps") List<String> steps) {
        DependencyBackup b = pending();
        for (String step : steps) {
            DependencyBackup before = b;
            try {
                b = switch (step) {
                    case "ready" -> b.ready("k", 10, "ab", "f", T0);
                    case "failed" -> b.failed("c", "m", T0);
                    case "restore" -> b.restorable() && !b.busy() ? b.restoreRequested("dra_" + steps.size(), null, T0) : b;
                    case "restored" -> b.restoreEnded(true, null, null, T0);
                    case "restoreFailed" -> b.restoreEnded(false, "c", "m", T0);
                    default -> b.restorable() && !b.busy() ? b.pruned() : b;
                };
            } catch (IllegalStateException refused) {
                b = before;
            }
            assertThat(b.restorable()).isEqualTo(b.status() == DependencyBackupStatus.READY
                    && "retained".equals(b.retentionStatus()));
            if (b.status() == DependencyBackupStatus.FAILED) {
                assertThat(b.artifactKey()).isNull();
                assertThat(b.latestRestore()).isNull();
            }
            if (b.latestRestore() != null) {
                assertThat(b.status()).isEqualTo(DependencyBackupStatus.READY);
            }
            if (before.status() != DependencyBackupStatus.PENDING) {
                assertThat(b.status()).as("an ended backup stays ended").isEqualTo(before.status());
            }
        }
    }

    @Property
    void theNextSlotIsAfterNowOnTheSchedule(@ForAll @LongRange(min = 1, max = 10_000) long hours,
                                           @ForAll @LongRange(min = 0, max = 100_000_000_000L) long lateMillis) {
        DependencyBackupPolicy p = new DependencyBackupPolicy("dbp_1", "org", "dep", "v1", 7, hours, null, true, true,
                null, T0, T0, T0);
        Instant now = T0.plusMillis(lateMillis);
        DependencyBackupPolicy ran = p.ran(now);
        assertThat(ran.nextRunAt()).isAfter(now);
        assertThat(Duration.between(T0, ran.nextRunAt()).toMillis() % Duration.ofHours(hours).toMillis()).isZero();
        assertThat(ran.nextRunAt()).isBeforeOrEqualTo(now.plus(Duration.ofHours(hours)));
        assertThat(ran.lastRunAt()).isEqualTo(now);
        assertThat(ran.dueAt(now)).isFalse();
    }

    private static DependencyBackup pending() {
        return new DependencyBackup("dbk_1", "org", "dep_1", "prj", "env", DependencyKind.POSTGRES, "local-shell", null,
                null, DependencyBackupStatus.PENDING, "dba_1", T0, "retained", null, null, null, null, null, null, null,
                null, null, T0);
    }

    @net.jqwik.api.Example
    void aPendingBackupCannotBeRestored() {
        DependencyBackup b = pending();
        assertThat(b.busy()).isTrue();
        assertThat(b.restorable()).isFalse();
        assertThatThrownBy(() -> b.restoreEnded(true, null, null, T0)).isInstanceOf(IllegalStateException.class);
    }
}

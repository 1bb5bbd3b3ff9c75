package dev.appaloft.api.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DeploymentStatusTest {

    /** A random walk that only takes allowed moves: terminal states are final, and every walk can end. */
    @Property
    void terminalStatesAreFinalAndEveryStateCanStillFail(@ForAll @Size(max = 40) List<DeploymentStatus> attempts) {
        DeploymentStatus current = DeploymentStatus.CREATED;
        for (DeploymentStatus next : attempts) {
            if (current.canBecome(next)) {
                assertThat(current.isTerminal()).isFalse();
                current = next;
            }
            if (current.isTerminal()) {
                for (DeploymentStatus any : DeploymentStatus.values()) {
                    assertThat(current.canBecome(any)).isFalse();
                }
            } else {
                assertThat(current.canBecome(DeploymentStatus.FAILED)).isTrue();
            }
        }
    }

    @Property
    void successIsOnlyReachedThroughPlanningAndRunning(@ForAll @Size(max = 40) List<DeploymentStatus> attempts) {
        DeploymentStatus current = DeploymentStatus.CREATED;
        boolean ran = false;
        for (DeploymentStatus next : attempts) {
            if (current.canBecome(next)) {
                current = next;
                ran |= current == DeploymentStatus.RUNNING;
            }
        }
        if (current == DeploymentStatus.SUCCEEDED || current == DeploymentStatus.ROLLED_BACK) {
            assertThat(ran).isTrue();
        }
    }

    @Test
    void wireNamesFollowTheSpec() {
        assertThat(DeploymentStatus.CANCEL_REQUESTED.wire()).isEqualTo("cancel-requested");
        assertThat(DeploymentStatus.fromWire("rolled-back")).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(DeploymentStatus.CANCEL_REQUESTED.canBecome(DeploymentStatus.CANCELED)).isTrue();
        assertThat(DeploymentStatus.CANCEL_REQUESTED.canBecome(DeploymentStatus.RUNNING)).isFalse();
        assertThat(DeploymentStatus.PLANNED.canBecome(DeploymentStatus.SUCCEEDED)).isFalse();
    }

    /** Only a running deployment has a candidate to stop, so only it waits in cancel-requested. */
    @Property
    void aCancelIsImmediateBeforeRunningAndRequestedWhileRunning(@ForAll DeploymentStatus from) {
        if (from == DeploymentStatus.RUNNING) {
            assertThat(from.canBecome(DeploymentStatus.CANCEL_REQUESTED)).isTrue();
            assertThat(from.canBecome(DeploymentStatus.CANCELED)).isFalse();
        } else if (from.isCancelable()) {
            assertThat(from.canBecome(DeploymentStatus.CANCELED)).isTrue();
            assertThat(from.canBecome(DeploymentStatus.CANCEL_REQUESTED)).isFalse();
        } else if (from == DeploymentStatus.CANCEL_REQUESTED) {
            assertThat(from.canBecome(DeploymentStatus.CANCELED)).isTrue();
            assertThat(from.canBecome(DeploymentStatus.SUCCEEDED)).isTrue();
            assertThat(from.canBecome(DeploymentStatus.RUNNING)).isFalse();
        } else {
            assertThat(from.canBecome(DeploymentStatus.CANCELED)).isFalse();
        }
    }
}

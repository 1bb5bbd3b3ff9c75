package dev.appaloft.api.fleet;

import static dev.appaloft.api.fleet.FleetDeploymentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wire names and the moves the agent relies on (random walks of the whole table: core's FleetLifecyclePropertiesTest). */
class FleetDeploymentStatusTest {

    @Test
    void wireNamesAreTheSpecs() {
        assertThat(INITIAL_SETUP_FAILED.wire()).isEqualTo("initial-setup-failed");
        assertThat(fromWire("update-pending")).isEqualTo(UPDATE_PENDING);
        assertThat(parse("sleeping")).isEmpty();
        assertThat(values()).hasSize(14);
    }

    @Test
    void reportsFollowStepsAndRetriesNeedTheFlag() {
        assertThat(PENDING.canReport(RUNNING, false)).isTrue();
        assertThat(RUNNING.canReport(RUNNING, false)).isTrue();
        assertThat(RUNNING.canReport(PENDING, false)).isFalse();
        assertThat(UPDATE_FAILED.canReport(UPDATE_PENDING, false)).isFalse();
        assertThat(UPDATE_FAILED.canReport(RUNNING, true)).isTrue();
        assertThat(DELETE_PENDING.canReport(RUNNING, true)).isFalse();
        assertThat(DELETED.canReport(DELETED, false)).isFalse();
    }

    @Test
    void eachPhaseFailsIntoItsOwnFailedStatus() {
        assertThat(PENDING.failure()).isEqualTo(INITIAL_SETUP_FAILED);
        assertThat(UPDATING.failure()).isEqualTo(UPDATE_FAILED);
        assertThat(DELETE_PENDING.failure()).isEqualTo(DELETE_FAILED);
        for (FleetDeploymentStatus s : values()) {
            if (s != DELETED) {
                assertThat(s.canReport(s.failure(), false)).as(s.wire()).isTrue();
            }
        }
        assertThat(UPDATE_FAILED.needsWork(false)).isFalse();
        assertThat(UPDATE_FAILED.needsWork(true)).isTrue();
        assertThat(RUNNING.needsWork(true)).isFalse();
    }
}

package dev.appaloft.api.store.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkStatusTest {

    @Test
    void wireNamesAreLowercaseDashedAndRoundTrip() throws Exception {
        assertThat(WorkStatus.DEAD_LETTERED.wire()).isEqualTo("dead-lettered");
        for (WorkStatus status : WorkStatus.values()) {
            assertThat(WorkStatus.fromWire(status.wire())).isEqualTo(status);
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(WorkStatus.DEAD_LETTERED)).isEqualTo("\"dead-lettered\"");
        assertThat(json.readValue("\"recovered\"", WorkStatus.class)).isEqualTo(WorkStatus.RECOVERED);
        assertThatThrownBy(() -> WorkStatus.fromWire("DEAD_LETTERED")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyPendingAndRunningAreNotTerminal() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(WorkStatus.terminalStatuses())))
                .containsExactlyInAnyOrder(WorkStatus.PENDING, WorkStatus.RUNNING);
    }

    @Test
    void operatorActionsLeadOutOfTheirAllowedStatusesOnly() {
        assertThat(EnumSet.allOf(WorkStatus.class).stream().filter(WorkAction.CANCEL::allowedFrom))
                .containsExactlyInAnyOrder(WorkStatus.PENDING, WorkStatus.RUNNING);
        assertThat(EnumSet.allOf(WorkStatus.class).stream().filter(WorkAction.DEAD_LETTER::allowedFrom))
                .containsExactlyInAnyOrder(WorkStatus.PENDING, WorkStatus.RUNNING, WorkStatus.FAILED);
        assertThat(EnumSet.allOf(WorkStatus.class).stream().filter(WorkAction.MARK_RECOVERED::allowedFrom))
                .containsExactlyInAnyOrder(WorkStatus.FAILED, WorkStatus.DEAD_LETTERED);
        assertThat(EnumSet.allOf(WorkStatus.class).stream().filter(WorkAction.RETRY::allowedFrom))
                .containsExactlyInAnyOrder(WorkStatus.FAILED, WorkStatus.DEAD_LETTERED, WorkStatus.CANCELED);
        for (WorkAction action : WorkAction.values()) {
            if (action != WorkAction.RETRY) {
                assertThat(action.result().terminal()).as(action.name()).isTrue();
            }
        }
    }
}

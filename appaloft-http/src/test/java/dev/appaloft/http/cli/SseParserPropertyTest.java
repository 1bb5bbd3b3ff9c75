package dev.appaloft.http.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;

/** Any named event with any JSON data comes out of the parser as it went in, comments skipped. */
class SseParserPropertyTest {

    @Property
    void anyEventRoundTripsThroughTheParser(@ForAll @AlphaChars String name, @ForAll String message) throws Exception {
        String data = ApiClient.JSON.writeValueAsString(ApiClient.object("message", message));
        String wire = (name.isEmpty() ? "" : "event: " + name + "\n") + ": a comment\nid: 7\ndata: " + data + "\n\n";
        SseEvent.Parser parser = new SseEvent.Parser();
        List<SseEvent> events = new ArrayList<>();
        for (String line : wire.split("\n", -1)) {
            SseEvent e = parser.line(line);
            if (e != null) {
                events.add(e);
            }
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).name()).isEqualTo(name.isEmpty() ? "message" : name);
        assertThat(events.get(0).id()).isEqualTo("7");
        assertThat(events.get(0).data().path("message").asText()).isEqualTo(message);
    }

}

package dev.appaloft.runtime.ssh.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The agent protocol's framing and messages: round trips, and cut or oversized frames refused. */
class AgentProtocolTest {

    @Provide
    Arbitrary<List<AgentProtocol.Identity>> identities() {
        Arbitrary<byte[]> blob = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<String> comment = Arbitraries.strings().ofMaxLength(40);
        return Combinators.combine(blob, comment).as(AgentProtocol.Identity::new).list().ofMaxSize(8);
    }

    @Property
    void identitiesRoundTrip(@ForAll("identities") List<AgentProtocol.Identity> ids) throws Exception {
        byte[] frame = AgentProtocol.identitiesAnswer(ids);
        List<AgentProtocol.Identity> read = AgentProtocol.parseIdentities(AgentProtocol.read(new ByteArrayInputStream(frame)));
        assertThat(read).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(read.get(i).blob()).isEqualTo(ids.get(i).blob());
            assertThat(read.get(i).comment()).isEqualTo(ids.get(i).comment());
        }
    }

    @Property
    void aFrameRoundTripsAndACutOneIsRefused(@ForAll @Size(max = 2000) byte[] body, @ForAll @IntRange(min = 0, max = 2004) int cut)
            throws Exception {
        byte[] frame = AgentProtocol.frame(AgentProtocol.SIGN_RESPONSE, body);
        AgentProtocol.Message m = AgentProtocol.read(new ByteArrayInputStream(frame));
        assertThat(m.type()).isEqualTo(AgentProtocol.SIGN_RESPONSE);
        assertThat(m.body()).isEqualTo(body);
        if (cut < frame.length) {
            assertThatThrownBy(() -> AgentProtocol.read(new ByteArrayInputStream(Arrays.copyOf(frame, cut))))
                    .isInstanceOf(AgentProtocolException.class);
        }
    }

    @Property
    void aCutMessageInsideAWholeFrameIsRefused(@ForAll("identities") List<AgentProtocol.Identity> ids,
                                               @ForAll @IntRange(min = 1, max = 50) int drop) throws Exception {
        byte[] frame = AgentProtocol.identitiesAnswer(ids);
        AgentProtocol.Message m = AgentProtocol.read(new ByteArrayInputStream(frame));
        if (m.body().length <= 4 && ids.isEmpty()) {
            return;
        }
        byte[] shorter = Arrays.copyOf(m.body(), Math.max(0, m.body().length - drop));
        assertThatThrownBy(() -> AgentProtocol.parseIdentities(new AgentProtocol.Message(m.type(), shorter)))
                .isInstanceOf(AgentProtocolException.class);
    }

    @Property
    void oversizedOrEmptyLengthsAreRefused(@ForAll @IntRange(min = AgentProtocol.MAX_FRAME + 1) int length) {
        for (int bad : new int[] {length, 0, -1}) {
            byte[] header = ByteBuffer.allocate(8).putInt(bad).putInt(0).array();
            assertThatThrownBy(() -> AgentProtocol.read(new ByteArrayInputStream(header)))
                    .isInstanceOf(AgentProtocolException.class).hasMessageContaining("frame of");
        }
    }

    @Property
    void aSignRequestCarriesTheKeyTheDataAndTheFlag(@ForAll @Size(max = 300) byte[] blob, @ForAll @Size(max = 300) byte[] data)
            throws Exception {
        AgentProtocol.Message m = AgentProtocol.read(new ByteArrayInputStream(
                AgentProtocol.signRequest(blob, data, AgentProtocol.RSA_SHA2_512)));
        ByteBuffer b = ByteBuffer.wrap(m.body());
        assertThat(m.type()).isEqualTo(AgentProtocol.SIGN_REQUEST);
        byte[] k = new byte[b.getInt()];
        b.get(k);
        byte[] d = new byte[b.getInt()];
        b.get(d);
        assertThat(k).isEqualTo(blob);
        assertThat(d).isEqualTo(data);
        assertThat(b.getInt()).isEqualTo(AgentProtocol.RSA_SHA2_512);
        assertThat(AgentAuthMethod.flags("rsa-sha2-256")).isEqualTo(AgentProtocol.RSA_SHA2_256);
    }
}

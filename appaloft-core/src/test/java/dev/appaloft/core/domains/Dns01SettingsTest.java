package dev.appaloft.core.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Dns01SettingsTest {

    private static Dns01Settings at(String server) {
        return Dns01Settings.of(server, "example.com", "appaloft", "c2VjcmV0");
    }

    @Test
    void theServerIsAHostWithAnOptionalPortAndTheZoneIsAbsolute() {
        assertThat(at("ns1.example.com").host()).isEqualTo("ns1.example.com");
        assertThat(at("ns1.example.com").port()).isEqualTo(53);
        assertThat(at("127.0.0.1:5353").host()).isEqualTo("127.0.0.1");
        assertThat(at("127.0.0.1:5353").port()).isEqualTo(5353);
        assertThat(at("[::1]:5353").host()).isEqualTo("::1");
        assertThat(at("[::1]:5353").port()).isEqualTo(5353);
        assertThat(at("[::1]").port()).isEqualTo(53);
        assertThat(at("ns1").zone()).isEqualTo("example.com.");
        assertThat(at("ns1").tsigAlgorithm()).isEqualTo("hmac-sha256");
    }

    @Test
    void theSecretIsNeverPrintedAndABadOneIsRefusedWhenTheRecordsAreMade() {
        assertThat(at("ns1").toString()).doesNotContain("c2VjcmV0").contains("appaloft");
        assertThatThrownBy(() -> new Rfc2136TxtRecords(Dns01Settings.of("ns1", "example.com", "k", "not base64!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not base64!");
    }
}

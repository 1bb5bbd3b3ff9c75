package dev.appaloft.http.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The origin rule for cookie-authenticated upgrades (cross-site WebSocket hijacking). */
class TerminalSocketTest {

    @Test
    void onlyThePagesOwnOriginMayUseItsCookies() {
        assertThat(TerminalSocket.sameOrigin(null, "console.example.com")).as("not a browser").isTrue();
        assertThat(TerminalSocket.sameOrigin("https://console.example.com", "console.example.com")).isTrue();
        assertThat(TerminalSocket.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(TerminalSocket.sameOrigin("https://evil.example", "console.example.com")).isFalse();
        assertThat(TerminalSocket.sameOrigin("http://127.0.0.1:9999", "127.0.0.1:8080")).isFalse();
        assertThat(TerminalSocket.sameOrigin("not a uri", "console.example.com")).isFalse();
        assertThat(TerminalSocket.sameOrigin("https://console.example.com", null)).isFalse();
    }
}

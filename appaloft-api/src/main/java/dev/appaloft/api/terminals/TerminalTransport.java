package dev.appaloft.api.terminals;

/** How a client reaches an open session: a WebSocket at {@code path}. */
public record TerminalTransport(String kind, String path) {

    public static TerminalTransport websocket(String sessionId) {
        return new TerminalTransport("websocket", "/api/terminal-sessions/" + sessionId + "/attach");
    }
}

package dev.appaloft.http.terminal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A terminal WebSocket client for tests (the JDK's own): keeps the output, the text messages and the close. */
public final class TerminalWsClient implements WebSocket.Listener, AutoCloseable {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    public final List<String> messages = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private WebSocket socket;

    /** Connects with a bearer token; a refused upgrade gives its HTTP status (returned as a negative number). */
    public static Object connect(int port, String sessionId, String token) {
        TerminalWsClient client = new TerminalWsClient();
        try {
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token).connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/terminal-sessions/" + sessionId
                            + "/attach"), client).join();
            return client;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    public void type(String keys) {
        socket.sendText("{\"type\":\"input\",\"data\":" + quote(keys) + "}", true).join();
    }

    public void resize(int rows, int cols) {
        socket.sendText("{\"type\":\"resize\",\"rows\":" + rows + ",\"cols\":" + cols + "}", true).join();
    }

    public synchronized String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the output satisfies {@code condition}; returns it. */
    public String awaitOutput(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(output())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal output never matched; it was: " + output());
            }
            Thread.sleep(20);
        }
        return output();
    }

    private static String quote(String s) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        synchronized (this) {
            output.writeBytes(bytes);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            messages.add(text.toString());
            text.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}

package dev.appaloft.proxy.caddy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Caddy's admin API. Each request is one HTTP/1.1 exchange on a fresh connection to
 * {@code dial} (the admin port itself, or the local end of an SSH tunnel to it). Caddy refuses
 * admin requests whose Host header is not its own listen address (its guard against DNS
 * rebinding), and {@code java.net.http} will not set that header; so requests are written here,
 * with Host always naming the admin address on Caddy's own machine, wherever they are sent from.
 */
public final class CaddyAdmin {

    public static final ErrorCode UNAVAILABLE = new ErrorCode("edge_proxy_unavailable", 503, true);
    public static final ErrorCode ROUTE_FAILED = new ErrorCode("edge_proxy_route_failed", 502, true);
    private static final int MAX_ANSWER = 4 * 1024 * 1024;

    /** A status and body; status -1 means nothing answered ({@code body} then says why). */
    public record Answer(int status, String body) {

        public boolean answered() {
            return status > 0;
        }
    }

    private final Supplier<InetSocketAddress> dial;
    private final Supplier<String> hostHeader;
    private final Duration timeout;

    /**
     * @param dial where to connect, asked before each request (an SSH tunnel may have been reopened)
     * @param hostHeader the admin address as Caddy knows it ({@code 127.0.0.1:<admin port>})
     */
    public CaddyAdmin(Supplier<InetSocketAddress> dial, Supplier<String> hostHeader, Duration timeout) {
        this.dial = dial;
        this.hostHeader = hostHeader;
        this.timeout = timeout;
    }

    /** The admin API of a Caddy on this machine. */
    public static CaddyAdmin local(int adminPort) {
        return new CaddyAdmin(() -> new InetSocketAddress("127.0.0.1", adminPort), () -> "127.0.0.1:" + adminPort,
                Duration.ofSeconds(10));
    }

    /** Replaces the whole configuration; Caddy swaps it in gracefully. */
    public void load(JsonNode config) {
        Answer answer = send("POST", "/load", CaddyConfig.JSON.valueToTree(config).toString());
        if (!answer.answered()) {
            throw new AppaloftException(UNAVAILABLE, "the edge proxy did not answer: " + answer.body());
        }
        if (answer.status() != 200) {
            throw new AppaloftException(ROUTE_FAILED, "the edge proxy refused the new routes: " + answer.body());
        }
    }

    /** The configuration Caddy runs now; empty when nothing answers (or something that is not Caddy). */
    public Optional<JsonNode> config() {
        Answer answer = send("GET", "/config/", null);
        if (answer.status() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(CaddyConfig.JSON.readTree(answer.body()));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** Whether a Caddy answers on the admin port. */
    public boolean answers() {
        return send("GET", "/config/", null).status() == 200;
    }

    /** Tells the Caddy to exit; false when nothing answered. */
    public boolean stop() {
        return send("POST", "/stop", "").answered();
    }

    /**
     * Waits until the admin API answers, or {@code alive} says the process it waits for is gone;
     * false when it did not answer within {@code within}.
     */
    public boolean awaitAnswer(Duration within, BooleanSupplier alive) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && alive.getAsBoolean()) {
            if (answers()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Waits until nothing answers any more (a stopped Caddy releases its ports); false if one still does. */
    public boolean awaitGone(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!send("GET", "/config/", null).answered()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** One request; never throws for a connection problem (the answer then has status -1). */
    public Answer send(String method, String path, String body) {
        InetSocketAddress address;
        try {
            address = dial.get();
        } catch (AppaloftException e) {
            return new Answer(-1, e.getMessage());
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) Math.min(timeout.toMillis(), 5_000));
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader.get()).append("\r\n")
                    .append("Connection: close\r\n");
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new Answer(-1, "nothing answers on the admin port (" + e.getMessage() + ")");
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0 && all.size() < MAX_ANSWER) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    /** An HTTP/1.1 answer read to its end (the connection is closed by Caddy after it). */
    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            return new Answer(-1, text.isEmpty() ? "the connection closed without an answer" : "not an HTTP answer");
        }
        String[] statusLine = text.substring(0, text.indexOf("\r\n")).split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException e) {
            return new Answer(-1, "a malformed status line");
        }
        String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        byte[] rest = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        byte[] body = head.contains("\r\ntransfer-encoding: chunked") ? unchunk(rest) : rest;
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] raw) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < raw.length) {
            int lineEnd = indexOf(raw, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0 || lineEnd + 2 + size > raw.length) {
                break;
            }
            body.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

package dev.appaloft.runtime.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;

/**
 * One HTTP request to a port on the server's loopback, through the SSH connection (a
 * direct-tcpip channel): health probes reach an app that the server publishes only to itself,
 * with no port opened to the control plane.
 */
final class TunnelHttp {

    /** The status line's code and the start of the body; status -1 when nothing answered. */
    record Answer(int status, String body, String detail) {
    }

    private static final int MAX_BODY = 64 * 1024;

    private TunnelHttp() {
    }

    static Answer request(SSHClient client, int port, String method, String path, Duration timeout) {
        try (DirectConnection channel = client.newDirectConnection("127.0.0.1", port)) {
            // a read on the channel has no timeout of its own: an app that never answers is cut off
            java.util.concurrent.CompletableFuture.delayedExecutor(timeout.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> closeQuietly(channel));
            OutputStream out = channel.getOutputStream();
            out.write((method + " " + path + " HTTP/1.0\r\nHost: localhost\r\nUser-Agent: appaloft-health\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = channel.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + timeout.toNanos();
            byte[] buffer = new byte[8192];
            int n;
            while (response.size() < MAX_BODY && (n = in.read(buffer)) > 0) {
                response.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    return new Answer(-1, "", "no complete answer within " + timeout.toMillis() + " ms");
                }
            }
            return parse(response.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return new Answer(-1, "", "nothing answers on the server's port " + port + " (" + e.getMessage() + ")");
        }
    }

    private static void closeQuietly(DirectConnection channel) {
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed: the answer came in time
        }
    }

    static Answer parse(String raw) {
        if (!raw.startsWith("HTTP/")) {
            return new Answer(-1, "", raw.isEmpty() ? "the connection closed without an answer" : "not an HTTP answer");
        }
        String[] statusLine = raw.substring(0, Math.max(0, raw.indexOf("\r\n") < 0 ? raw.length() : raw.indexOf("\r\n")))
                .split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException e) {
            return new Answer(-1, "", "a malformed status line");
        }
        int bodyStart = raw.indexOf("\r\n\r\n");
        String body = bodyStart < 0 ? "" : raw.substring(bodyStart + 4);
        return new Answer(status, body, "HTTP " + status);
    }
}

package dev.appaloft.samples.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 keep-alive client for loopback load runs: one connection, one request at a
 * time. The JDK's HttpClient spends more CPU per request than the server under test does, which
 * on a two-core machine measures the client, not the server.
 */
final class LoopbackHttp implements AutoCloseable {

    /** A response's status and the headers asked for. */
    record Answer(int status, String header) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    LoopbackHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        host = "127.0.0.1:" + port;
    }

    /** POSTs {@code body} and answers the status and the value of {@code wanted} (lowercase name), if any. */
    Answer post(String path, Map<String, String> headers, byte[] body, String wanted) throws IOException {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        String value = null;
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String v = line.substring(colon + 1).strip();
            if (name.equals("content-length")) {
                length = Long.parseLong(v);
            } else if (name.equals(wanted)) {
                value = v;
            }
        }
        in.skipNBytes(length);
        return new Answer(code, value);
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        if (c == -1 && sb.length() == 0) {
            throw new IOException("the server closed the connection");
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

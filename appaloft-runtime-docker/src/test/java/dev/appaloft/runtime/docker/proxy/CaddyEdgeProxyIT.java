package dev.appaloft.runtime.docker.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.appaloft.api.runtime.ProxyRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Caddy (Debian package): routes change through the admin API, and a leftover Caddy is replaced. */
class CaddyEdgeProxyIT {

    @TempDir Path dir;

    @Test
    void routesChangeWithoutARestartAndALeftoverCaddyIsStoppedFirst() throws Exception {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = "from upstream".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        int port = freePort();
        int admin = freePort();
        try {
            // a control plane killed with SIGKILL leaves its Caddy running: simulate it by never closing this one
            CaddyEdgeProxy leftover = CaddyEdgeProxy.start("caddy", "127.0.0.1", port, admin, dir.resolve("old"));
            leftover.route(new ProxyRoute("r1", "app.localhost", "/", "127.0.0.1", upstream.getAddress().getPort()));
            assertThat(get(port, "app.localhost")).contains("200").contains("from upstream");

            try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", port, admin, dir.resolve("new"))) {
                assertThat(get(port, "app.localhost")).as("the new Caddy starts empty").contains("404");
                proxy.route(new ProxyRoute("r1", "app.localhost", "/", "127.0.0.1", upstream.getAddress().getPort()));
                assertThat(get(port, "app.localhost")).contains("from upstream");
                proxy.remove("r1");
                assertThat(get(port, "app.localhost")).contains("404");
            }
            leftover.close();
        } finally {
            upstream.stop(0);
        }
    }

    private static String get(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

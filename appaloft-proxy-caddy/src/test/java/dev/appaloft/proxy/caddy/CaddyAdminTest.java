package dev.appaloft.proxy.caddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.appaloft.api.error.AppaloftException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin client against a stand-in admin API: the Host header names Caddy's own admin address
 * wherever the request is sent (Caddy refuses others), chunked answers are read, a refused load
 * and a closed port are told apart.
 */
class CaddyAdminTest {

    HttpServer server;
    final List<String> hosts = new CopyOnWriteArrayList<>();
    volatile int loadStatus = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getRequestBody().readAllBytes();
            boolean load = exchange.getRequestURI().getPath().equals("/load");
            byte[] body = (load ? "{\"error\":\"bad\"}" : "{\"apps\":{}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(load ? loadStatus : 200, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    CaddyAdmin admin() {
        return new CaddyAdmin(() -> server.getAddress(), () -> "127.0.0.1:2019", Duration.ofSeconds(2));
    }

    @Test
    void requestsNameTheAdminAddressOnCaddysMachineAndChunkedAnswersAreRead() {
        assertThat(admin().config()).hasValueSatisfying(c -> assertThat(c.has("apps")).isTrue());
        admin().load(CaddyConfig.config(new CaddyPorts("", 80, 2019), List.of()));
        assertThat(hosts).containsOnly("127.0.0.1:2019");
        loadStatus = 400;
        assertThatThrownBy(() -> admin().load(CaddyConfig.JSON.createObjectNode()))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(CaddyAdmin.ROUTE_FAILED);
                    assertThat(e.getMessage()).contains("bad");
                });
    }

    @Test
    void nothingListeningIsUnavailableNotAnError() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CaddyAdmin nobody = CaddyAdmin.local(closed);
        assertThat(nobody.answers()).isFalse();
        assertThat(nobody.config()).isEmpty();
        assertThat(nobody.stop()).isFalse();
        assertThat(nobody.awaitAnswer(Duration.ofMillis(300), () -> true)).isFalse();
        assertThat(nobody.awaitGone(Duration.ofMillis(300))).isTrue();
        assertThatThrownBy(() -> nobody.load(CaddyConfig.JSON.createObjectNode()))
                .isInstanceOfSatisfying(AppaloftException.class, e -> assertThat(e.code()).isEqualTo(CaddyAdmin.UNAVAILABLE));
    }
}

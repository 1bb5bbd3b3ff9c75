package dev.appaloft.proxy.caddy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.runtime.ProxyRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaddyConfigTest {

    final CaddyPorts ports = new CaddyPorts("", 8080, 2020);

    @Test
    void routesReadBackAsTheyWereWrittenAndTheFallbackIsNotOne() throws Exception {
        List<ProxyRoute> routes = List.of(new ProxyRoute("resource-res_1", "a.localhost", "/", "127.0.0.1", 32001),
                new ProxyRoute("resource-res_2", "b.example.com", "/api", "127.0.0.1", 32002));
        JsonNode config = CaddyConfig.JSON.readTree(CaddyConfig.config(ports, routes).toString());
        assertThat(config.path("admin").path("listen").asText()).isEqualTo("127.0.0.1:2020");
        assertThat(CaddyConfig.listen(config)).hasValue(":8080");
        assertThat(CaddyConfig.serves(config, ports)).isTrue();
        assertThat(CaddyConfig.serves(config, new CaddyPorts("", 80, 2020))).isFalse();
        // the longer prefix goes first: Caddy takes the first route that matches
        assertThat(CaddyConfig.routes(config)).containsExactly(routes.get(1), routes.get(0));
        assertThat(CaddyConfig.route(routes.get(1)).path("match").path(0).path("path").path(0).asText())
                .isEqualTo("/api/*");
    }

    @Test
    void answeredRoutesReadBackAsWrittenAndGoBeforeTheAppOfTheirHost() throws Exception {
        ProxyRoute app = new ProxyRoute("domain-a", "shop.example.com", "/", "127.0.0.1", 32001);
        ProxyRoute token = ProxyRoute.respond("domain-verify-a", "shop.example.com", "/.well-known/x", "tok");
        ProxyRoute redirect = ProxyRoute.redirect("domain-b", "www.example.com", "/", 301, "http://shop.example.com");
        JsonNode config = CaddyConfig.JSON.readTree(CaddyConfig.config(ports, List.of(app, token, redirect)).toString());
        assertThat(CaddyConfig.routes(config)).containsExactly(token, app, redirect);
        JsonNode handle = CaddyConfig.route(redirect).path("handle").path(0);
        assertThat(handle.path("status_code").asInt()).isEqualTo(301);
        assertThat(handle.path("headers").path("Location").path(0).asText()).isEqualTo("http://shop.example.com{http.request.uri}");
    }

    @Test
    void aConfigurationAppaloftDidNotWriteHasNoRoutesOfItsOwn() throws Exception {
        JsonNode foreign = CaddyConfig.JSON.readTree("{\"apps\":{\"http\":{\"servers\":{\"srv0\":{\"listen\":[\":80\"]}}}}}");
        assertThat(CaddyConfig.routes(foreign)).isEmpty();
        assertThat(CaddyConfig.listen(foreign)).isEmpty();
        assertThat(CaddyConfig.serves(null, ports)).isFalse();
    }

    @Test
    void portsMustDiffer() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaddyPorts("", 2019, 2019))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileRoutesServeTheirFolderAndReadBackAsWritten() throws Exception {
        ProxyRoute site = ProxyRoute.files("static-res_1", "docs.localhost", "/", "/data/sites/sap_1");
        ProxyRoute under = ProxyRoute.files("static-res_2", "b.localhost", "/docs", "/data/sites/sap_2");
        JsonNode config = CaddyConfig.JSON.readTree(CaddyConfig.config(ports, List.of(site, under)).toString());
        assertThat(CaddyConfig.routes(config)).containsExactly(under, site);
        JsonNode handle = CaddyConfig.route(site).path("handle");
        assertThat(handle.path(0).path("handler").asText()).isEqualTo("file_server");
        assertThat(handle.path(0).path("root").asText()).isEqualTo("/data/sites/sap_1");
        JsonNode prefixed = CaddyConfig.route(under).path("handle");
        assertThat(prefixed.path(0).path("strip_path_prefix").asText()).isEqualTo("/docs");
        assertThat(prefixed.path(1).path("handler").asText()).isEqualTo("file_server");
        assertThat(site.servesFiles()).isTrue();
        assertThat(new ProxyRoute("r", "h", "/", "127.0.0.1", 1).servesFiles()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void withAnHttpsPortTheRoutesAreServedAgainOverTlsWithTheLoadedCertificates() {
        CaddyPorts tls = new CaddyPorts("127.0.0.1", 8080, 2020, 8443);
        var route = new dev.appaloft.api.runtime.ProxyRoute("r1", "shop.example.com", "/", "127.0.0.1", 9000);
        var cert = new dev.appaloft.api.runtime.ProxyCertificate("crt_1", java.util.List.of("shop.example.com"),
                "CHAIN", "KEY");
        var config = CaddyConfig.config(tls, java.util.List.of(route), java.util.List.of(cert));
        var servers = config.path("apps").path("http").path("servers");
        org.assertj.core.api.Assertions.assertThat(servers.path("appaloft_tls").path("listen").get(0).asText())
                .isEqualTo("127.0.0.1:8443");
        org.assertj.core.api.Assertions.assertThat(servers.path("appaloft_tls").path("routes"))
                .isEqualTo(servers.path("appaloft").path("routes"));
        org.assertj.core.api.Assertions.assertThat(servers.path("appaloft_tls").path("tls_connection_policies").size())
                .isEqualTo(1);
        var loaded = config.path("apps").path("tls").path("certificates").path("load_pem").get(0);
        org.assertj.core.api.Assertions.assertThat(loaded.path("certificate").asText()).isEqualTo("CHAIN");
        org.assertj.core.api.Assertions.assertThat(loaded.path("tags").get(0).asText()).isEqualTo("crt_1");
        org.assertj.core.api.Assertions.assertThat(CaddyConfig.routes(config)).containsExactly(route);
        org.assertj.core.api.Assertions.assertThat(CaddyConfig.config(ports, java.util.List.of(route), java.util.List.of(cert))
                .path("apps").has("tls")).as("no HTTPS port: no TLS").isFalse();
        org.assertj.core.api.Assertions.assertThat(cert.toString()).doesNotContain("KEY");
    }
}

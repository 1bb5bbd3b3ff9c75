package dev.appaloft.runtime.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.probe.ProbeCheck;
import dev.appaloft.api.runtime.remote.EdgeProxySettings;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.proxy.caddy.CaddyConfig;
import dev.appaloft.proxy.caddy.CaddyPorts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.schmizz.sshj.SSHClient;

/**
 * The {@code edge-proxy} step of a probe, on the probe's own connection: Caddy's admin API
 * answers through a tunnel, its configuration is Appaloft's for the configured port, and that
 * port answers HTTP on the server. It only looks: a proxy found down is reported, not restarted
 * ({@code servers.bootstrapProxy} does that), and the server's recorded status is left alone. A
 * proxy never bootstrapped ({@code pending}) is skipped: it is not expected to run yet.
 */
final class EdgeProxyCheck {

    static final String NAME = "edge-proxy";
    private static final String REPAIR = "servers.bootstrapProxy starts it";

    private EdgeProxyCheck() {
    }

    static ProbeCheck check(SSHClient client, EdgeProxySettings proxy) {
        if (proxy == null) {
            return ProbeCheck.skipped(NAME, "no edge proxy is configured for this server (proxy kind none, or a"
                    + " server not saved yet)");
        }
        if ("pending".equals(proxy.status())) {
            // never started: deployments there get no route until it is, which is no fault of the server
            return ProbeCheck.skipped(NAME, "the " + proxy.kind() + " edge proxy has not been bootstrapped on this"
                    + " server yet; " + REPAIR);
        }
        long start = System.nanoTime();
        CaddyPorts ports = new CaddyPorts("", proxy.httpPort(), proxy.adminPort());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kind", proxy.kind());
        facts.put("status", proxy.status());
        facts.put("httpPort", String.valueOf(proxy.httpPort()));
        facts.put("adminPort", String.valueOf(proxy.adminPort()));
        Optional<JsonNode> config;
        try (LocalForward tunnel = SshConnections.forward(client, proxy.adminPort())) {
            config = new CaddyAdmin(() -> new InetSocketAddress(InetAddress.getLoopbackAddress(), tunnel.localPort()),
                    ports::adminAddress, Duration.ofSeconds(5)).config();
        } catch (AppaloftException e) {
            return failed("the edge proxy could not be checked: " + e.getMessage(), start, facts);
        }
        if (config.isEmpty()) {
            return failed("the edge proxy (Caddy) does not answer on the server's admin port " + proxy.adminPort()
                    + ": it is down (its last recorded status is " + proxy.status() + "); " + REPAIR + " again",
                    start, facts);
        }
        if (!CaddyConfig.serves(config.get(), ports)) {
            return failed("a Caddy answers on the server's admin port " + proxy.adminPort() + " but it does not serve"
                    + " Appaloft's routes on port " + proxy.httpPort() + " (" + CaddyConfig.listen(config.get())
                    .map(l -> "it listens on " + l).orElse("it has no Appaloft configuration") + "); " + REPAIR
                    + " as configured", start, facts);
        }
        facts.put("routes", String.valueOf(CaddyConfig.routes(config.get()).size()));
        TunnelHttp.Answer answer = TunnelHttp.request(client, proxy.httpPort(), "GET", "/", Duration.ofSeconds(5));
        if (answer.status() != 404 || !answer.body().contains("resource_access_route_not_found")) {
            return failed("Caddy's admin API answers, but its port " + proxy.httpPort() + " does not serve"
                    + " Appaloft's routes (" + answer.detail() + "); " + REPAIR, start, facts);
        }
        String served = "traefik".equals(proxy.kind()) ? " (kind traefik is served by Caddy here)" : "";
        return new ProbeCheck(NAME, ProbeCheck.Status.PASSED, "Caddy answers on the server and serves "
                + facts.get("routes") + " route(s) on port " + proxy.httpPort() + served, millis(start), facts);
    }

    private static ProbeCheck failed(String message, long start, Map<String, String> facts) {
        return new ProbeCheck(NAME, ProbeCheck.Status.FAILED, message, millis(start), facts);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

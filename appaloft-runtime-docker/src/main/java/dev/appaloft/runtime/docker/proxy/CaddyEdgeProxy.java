package dev.appaloft.runtime.docker.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.proxy.caddy.CaddyAdmin;
import dev.appaloft.proxy.caddy.CaddyConfig;
import dev.appaloft.proxy.caddy.CaddyPorts;
import dev.appaloft.proxy.caddy.CaddyProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caddy as the edge proxy of this host's servers: started and supervised as a child process,
 * configured only through its admin API (see {@link CaddyProxy}, shared with the SSH runtime).
 */
public final class CaddyEdgeProxy implements EdgeProxy {

    private static final Logger log = LoggerFactory.getLogger(CaddyEdgeProxy.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaddyProxy proxy;
    private final Process process;

    private CaddyEdgeProxy(CaddyProxy proxy, Process process) {
        this.proxy = proxy;
        this.process = process;
    }

    /**
     * Starts {@code caddy} listening on {@code listenHost:port} with its admin API on loopback
     * {@code adminPort}; waits until the admin API answers.
     */
    public static CaddyEdgeProxy start(String caddyBinary, String listenHost, int port, int adminPort, Path workDir) {
        return start(caddyBinary, listenHost, port, adminPort, 0, workDir);
    }

    /** The same, serving HTTPS with the installed certificates on {@code httpsPort} (0: none). */
    public static CaddyEdgeProxy start(String caddyBinary, String listenHost, int port, int adminPort, int httpsPort,
                                       Path workDir) {
        CaddyPorts ports = new CaddyPorts(listenHost, port, adminPort, httpsPort);
        try {
            stopLeftover(adminPort);
            Files.createDirectories(workDir);
            Path config = workDir.resolve("caddy.json");
            Files.writeString(config, JSON.writeValueAsString(CaddyConfig.config(ports, List.of())));
            Process process = new ProcessBuilder(caddyBinary, "run", "--config", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("caddy.log").toFile()))
                    .start();
            CaddyEdgeProxy started = new CaddyEdgeProxy(new CaddyProxy(CaddyAdmin.local(adminPort), () -> ports), process);
            started.awaitAdmin(Duration.ofSeconds(15));
            log.info("edge proxy (Caddy) listening on {}:{}, admin on 127.0.0.1:{}", listenHost, port, adminPort);
            return started;
        } catch (IOException e) {
            throw new AppaloftException(CaddyAdmin.UNAVAILABLE, "the edge proxy (caddy) could not be started: "
                    + e.getMessage());
        }
    }

    @Override
    public void route(ProxyRoute route) {
        proxy.route(route);
    }

    @Override
    public void remove(String routeId) {
        proxy.remove(routeId);
    }

    @Override
    public String urlFor(String host, String pathPrefix) {
        return proxy.urlFor(host, pathPrefix);
    }

    @Override
    public List<ProxyRoute> routes() {
        return proxy.routes();
    }

    @Override
    public String kind() {
        return proxy.kind();
    }

    @Override
    public String render(ProxyRoute route) {
        return proxy.render(route);
    }

    @Override
    public void installCertificate(dev.appaloft.api.runtime.ProxyCertificate certificate) {
        proxy.installCertificate(certificate);
    }

    @Override
    public void removeCertificate(String certificateId) {
        proxy.removeCertificate(certificateId);
    }

    @Override
    public java.util.Set<String> certificates() {
        return proxy.certificates();
    }

    /** The HTTPS port, 0 when there is none. */
    public int httpsPort() {
        return proxy.ports().httpsPort();
    }

    @Override
    public boolean answers() {
        return process.isAlive() && proxy.answers();
    }

    public int port() {
        return proxy.ports().httpPort();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A Caddy left running on this admin port by a control plane that was killed (SIGKILL skips
     * shutdown) still holds the proxy port; it is told to stop, so the new one can bind it. Nothing
     * answers on a free port, and then this returns at once.
     */
    static void stopLeftover(int adminPort) {
        CaddyAdmin admin = CaddyAdmin.local(adminPort);
        if (admin.stop()) {
            log.warn("stopped a Caddy left running on admin port {} (its control plane did not shut down cleanly)",
                    adminPort);
            admin.awaitGone(Duration.ofSeconds(5));
        }
    }

    private void awaitAdmin(Duration timeout) {
        if (proxy.admin().awaitAnswer(timeout, process::isAlive)) {
            return;
        }
        boolean exited = !process.isAlive();
        close();
        throw new AppaloftException(CaddyAdmin.UNAVAILABLE, exited
                ? "caddy exited with " + process.exitValue() + " (is the port " + port() + " free?)"
                : "caddy's admin API did not answer within " + timeout.toSeconds() + " s");
    }
}

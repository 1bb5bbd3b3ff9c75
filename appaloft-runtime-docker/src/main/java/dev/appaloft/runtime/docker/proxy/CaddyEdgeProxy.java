package dev.appaloft.runtime.docker.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.EdgeProxy;
import dev.appaloft.api.runtime.ProxyRoute;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caddy as the edge proxy: started and supervised as a child process, configured only through its
 * admin API. Every change loads the whole configuration at once ({@code POST /load}); Caddy swaps
 * it in gracefully, so in-flight requests finish and no connection is refused. Requests for an
 * unknown host get a JSON 404.
 */
public final class CaddyEdgeProxy implements EdgeProxy {

  private static final Logger log = LoggerFactory.getLogger(CaddyEdgeProxy.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String listenHost;
  private final int port;
  private final int adminPort;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, ProxyRoute> routes = new TreeMap<>();

  private CaddyEdgeProxy(String listenHost, int port, int adminPort, Process process) {
    this.listenHost = listenHost;
    this.port = port;
    this.adminPort = adminPort;
    this.process = process;
  }

  /**
   * Starts {@code caddy} listening on {@code listenHost:port} with its admin API on loopback
   * {@code adminPort}; waits until the admin API answers.
   */
  public static CaddyEdgeProxy start(String caddyBinary, String listenHost, int port, int adminPort, Path workDir) {
    try {
      stopLeftover(adminPort);
      Files.createDirectories(workDir);
      Path config = workDir.resolve("caddy.json");
      Files.writeString(config, JSON.writeValueAsString(config(listenHost, port, adminPort, Map.of())));
      Process process = new ProcessBuilder(caddyBinary, "run", "--config", config.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("caddy.log").toFile()))
          .start();
      CaddyEdgeProxy proxy = new CaddyEdgeProxy(listenHost, port, adminPort, process);
      proxy.awaitAdmin(Duration.ofSeconds(15));
      log.info("edge proxy (Caddy) listening on {}:{}, admin on 127.0.0.1:{}", listenHost, port, adminPort);
      return proxy;
    } catch (IOException e) {
      throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true),
          "the edge proxy (caddy) could not be started: " + e.getMessage());
    }
  }

  @Override
  public synchronized void route(ProxyRoute route) {
    ProxyRoute previous = routes.put(route.id(), route);
    try {
      load();
    } catch (RuntimeException e) {
      // routes() reports what Caddy applies: a refused change is not one
      if (previous == null) {
        routes.remove(route.id());
      } else {
        routes.put(route.id(), previous);
      }
      throw e;
    }
  }

  @Override
  public synchronized void remove(String routeId) {
    if (routes.remove(routeId) != null) {
      load();
    }
  }

  @Override
  public String urlFor(String host, String pathPrefix) {
    String prefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix;
    return "http://" + host + (port == 80 ? "" : ":" + port) + prefix;
  }

  @Override
  public synchronized List<ProxyRoute> routes() {
    return List.copyOf(routes.values());
  }

  @Override
  public String kind() {
    return "caddy";
  }

  @Override
  public String render(ProxyRoute route) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(routeConfig(route));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
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

  private void load() {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(admin("/load"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              JSON.writeValueAsString(config(listenHost, port, adminPort, routes))))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AppaloftException(new ErrorCode("edge_proxy_route_failed", 502, true),
            "the edge proxy refused the new routes: " + response.body());
      }
    } catch (IOException e) {
      throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true),
          "the edge proxy did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true), "interrupted");
    }
  }

  /**
   * A Caddy left running on this admin port by a control plane that was killed (SIGKILL skips
   * shutdown) still holds the proxy port; it is told to stop, so the new one can bind it. Nothing
   * answers on a free port, and then this returns at once.
   */
  static void stopLeftover(int adminPort) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    URI stop = URI.create("http://127.0.0.1:" + adminPort + "/stop");
    try {
      client.send(HttpRequest.newBuilder(stop).timeout(Duration.ofSeconds(2))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException nothingRunning) {
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    log.warn("stopped a Caddy left running on admin port {} (its control plane did not shut down cleanly)", adminPort);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      try (java.net.Socket probe = new java.net.Socket("127.0.0.1", adminPort)) {
        Thread.sleep(100);
      } catch (IOException gone) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void awaitAdmin(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true),
            "caddy exited with " + process.exitValue() + " (is the port " + port + " free?)");
      }
      try {
        if (http.send(HttpRequest.newBuilder(admin("/config/")).timeout(Duration.ofSeconds(1)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new AppaloftException(new ErrorCode("edge_proxy_unavailable", 503, true),
        "caddy's admin API did not answer within " + timeout.toSeconds() + " s");
  }

  private URI admin(String path) {
    return URI.create("http://127.0.0.1:" + adminPort + path);
  }

  static ObjectNode config(String listenHost, int port, int adminPort, Map<String, ProxyRoute> routes) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("admin").put("listen", "127.0.0.1:" + adminPort);
    ObjectNode httpApp = root.putObject("apps").putObject("http");
    // on a config change, requests already in flight get time to finish instead of being cut
    httpApp.put("grace_period", "10s");
    ObjectNode server = httpApp.putObject("servers").putObject("appaloft");
    server.putArray("listen").add(listenHost + ":" + port);
    server.putObject("automatic_https").put("disable", true);
    ArrayNode list = server.putArray("routes");
    for (ProxyRoute route : routes.values()) {
      list.add(routeConfig(route));
    }
    ObjectNode notFound = list.addObject().putArray("handle").addObject();
    notFound.put("handler", "static_response");
    notFound.put("status_code", 404);
    notFound.putObject("headers").putArray("Content-Type").add("application/json");
    notFound.put("body", "{\"code\":\"resource_access_route_not_found\",\"message\":\"no app is routed at this host\"}");
    return root;
  }

  /** One route of the {@code appaloft} server, as loaded through the admin API. */
  static ObjectNode routeConfig(ProxyRoute route) {
    ObjectNode r = JSON.createObjectNode();
    r.put("@id", route.id().replaceAll("[^A-Za-z0-9_-]", "_"));
    ObjectNode match = r.putArray("match").addObject();
    match.putArray("host").add(route.host());
    String prefix = route.pathPrefix().endsWith("/") ? route.pathPrefix() + "*" : route.pathPrefix() + "/*";
    match.putArray("path").add(prefix);
    ObjectNode proxy = r.putArray("handle").addObject();
    proxy.put("handler", "reverse_proxy");
    proxy.putArray("upstreams").addObject().put("dial", route.upstreamHost() + ":" + route.upstreamPort());
    r.put("terminal", true);
    return r;
  }
}

package dev.appaloft.http.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code serve} on the same data folder, run inside another program for as long as it needs it: the
 * command line's embedded mode, when no server is configured. It is the serve command itself with its
 * defaults (same store, master key, admin token, Docker engine), on a free loopback port, without the
 * edge proxy (Caddy lives only as long as its control plane, so a URL through it would die with this
 * process; the app's own loopback port outlives it) and without the monitoring sampler.
 */
public final class LocalServer implements AutoCloseable {

    private final String baseUrl;
    private final String adminToken;
    private final Runnable stop;

    private LocalServer(String baseUrl, String adminToken, Runnable stop) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.stop = stop;
    }

    /** Starts serve on {@code data}; {@code sourceRoots} are the folders local sources may be read from. */
    public static LocalServer start(Path data, List<Path> sourceRoots) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--proxy-port", "0", "--monitoring-interval-seconds", "0",
                "--admin-token", "enabled"));
        for (Path root : sourceRoots) {
            args.add("--source-root");
            args.add(root.toString());
        }
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args.toArray(String[]::new));
        Runnable stop = serve.start();
        return new LocalServer("http://127.0.0.1:" + port, new DataDirectory(data).adminToken(), stop);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String adminToken() {
        return adminToken;
    }

    @Override
    public void close() {
        stop.run();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the embedded server", e);
        }
    }
}

package dev.appaloft.store.jdbc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster in a temp folder, run from the Debian binaries. initdb refuses
 * to run as root, so as root every command goes through {@code runuser -u postgres}.
 */
final class PrivateCluster {

    static final String SUPERUSER = "postgres";
    private static final Path DEBIAN_BINARIES = Paths.get("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivateCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PrivateCluster start() {
        Path bin = findBinaries();
        try {
            Path dir = Files.createTempDirectory("appaloft-pg-");
            if (isRoot()) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(OS_USER);
                Files.setOwner(dir, postgres);
            }
            run(dir, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                PrivateCluster cluster = new PrivateCluster(bin, dir, freePort());
                try {
                    cluster.startServer();
                    return cluster;
                } catch (IllegalStateException e) {
                    last = e; // most likely the port was taken meanwhile
                }
            }
            throw last;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a PostgreSQL cluster", e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void stop() {
        try {
            run(dir, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop");
        } catch (RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
        }
        deleteRecursively(dir);
    }

    private void startServer() {
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        run(dir, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-l", dir.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start");
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            // reachable over TCP
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL started but does not answer on port " + port, e);
        }
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .orElseThrow(PrivateCluster::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("PostgreSQL binaries not found under " + DEBIAN_BINARIES
                + ": install the postgresql package or set " + PostgresServer.URL_ENV);
    }

    /** Runs a PostgreSQL command (as the postgres user when we are root); its output goes to a file. */
    private static void run(Path dir, String... command) {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        line.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("appaloft-pg-cmd-", ".log");
            try {
                // a file, not a pipe: the server pg_ctl leaves running must not hold our stream open
                Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", line));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", line)
                            + "\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", line), e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temp folder
        }
    }
}

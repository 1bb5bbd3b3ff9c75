package dev.appaloft.core.deployments;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Pebble (Let's Encrypt's test CA, Debian package {@code pebble}) with a real BIND as its DNS
 * ({@link BindDns}), started for a test class: its HTTPS certificate is made with openssl, its VA
 * checks HTTP-01 on {@code httpPort} (the edge proxy's port) and resolves every name of the zone to
 * 127.0.0.1 (no AAAA: the proxy listens on IPv4 loopback), and finds dns-01 TXT records there; a
 * name may be pointed elsewhere with {@link #pointAt}.
 */
final class PebbleCa implements AutoCloseable {

    final Path dir;
    final int acmePort = freePort();
    final int managementPort = freePort();
    final String tlsCertPem;
    final BindDns dns;
    private final Process pebble;
    private final HttpClient client;

    PebbleCa(Path dir, int httpPort, String zone) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        dns = new BindDns(dir.resolve("bind"), zone);
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", dir.resolve("key.pem").toString(),
                "-out", dir.resolve("cert.pem").toString()));
        tlsCertPem = Files.readString(dir.resolve("cert.pem"));
        Files.writeString(dir.resolve("pebble.json"), """
                {"pebble": {"listenAddress": "127.0.0.1:%d", "managementListenAddress": "127.0.0.1:%d",
                  "certificate": "%s", "privateKey": "%s", "httpPort": %d, "tlsPort": %d,
                  "ocspResponderURL": "", "externalAccountBindingRequired": false}}
                """.formatted(acmePort, managementPort, dir.resolve("cert.pem"), dir.resolve("key.pem"), httpPort,
                freePort()));
        ProcessBuilder pb = new ProcessBuilder("pebble", "-config", dir.resolve("pebble.json").toString(), "-dnsserver",
                dns.server()).redirectErrorStream(true).redirectOutput(dir.resolve("pebble.log").toFile());
        pb.environment().put("PEBBLE_VA_NOSLEEP", "1");
        pb.environment().put("PEBBLE_WFE_NONCEREJECT", "0");
        pebble = pb.start();
        client = HttpClient.newBuilder().sslContext(trusting(tlsCertPem)).connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(directory())).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("pebble did not answer: " + Files.readString(dir.resolve("pebble.log")));
                }
            }
            Thread.sleep(100);
        }
    }

    String directory() {
        return "https://127.0.0.1:" + acmePort + "/dir";
    }

    /** Pebble's root of the issued chains (regenerated at each start). */
    String rootPem() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + managementPort + "/roots/0")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Answers {@code host}'s A queries with {@code address} (null: the default loopback again). */
    void pointAt(String host, String address) throws Exception {
        dns.pointAt(host, address);
    }

    static javax.net.ssl.SSLContext trusting(String pem) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (java.security.cert.Certificate c : java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificates(new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
            store.setCertificateEntry("c" + i++, c);
        }
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        pebble.destroy();
        dns.close();
    }
}

package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * A unit-test double of the part of GitHub's REST API a GitHub App uses (no GitHub is reachable
 * here): it checks the App's JWT with the App's public key as GitHub does (RS256, issuer, at most
 * ten minutes), hands out installation tokens, and pages the installation's repositories. It answers
 * with the field names and shapes of GitHub's documented responses.
 */
public final class GitHubApiStub implements AutoCloseable {

    public static final String APP_ID = "123456";
    public static final String INSTALLATION = "7890";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String privateKeyPem;
    public final AtomicInteger tokensIssued = new AtomicInteger();
    public final List<String> jwtProblems = new ArrayList<>();
    public final int repositories;
    private final KeyPair keys;
    private final HttpServer server;
    private final String token = "ghs_" + System.nanoTime();

    public GitHubApiStub(int repositories) throws Exception {
        this.repositories = repositories;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(keys.getPrivate()); // BEGIN RSA PRIVATE KEY: PKCS#1, as GitHub hands it out
        }
        privateKeyPem = pem.toString();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3";
    }

    public GitHubAppSettings settings() {
        return new GitHubAppSettings(APP_ID, privateKeyPem, null, apiUrl());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v3", "");
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String method = exchange.getRequestMethod();
        if (path.startsWith("/app/")) {
            String problem = jwtProblem(auth);
            if (problem != null) {
                jwtProblems.add(problem);
                answer(exchange, 401, "{\"message\":\"A JSON web token could not be decoded\"}");
                return;
            }
        }
        if (method.equals("GET") && path.equals("/app/installations")) {
            answer(exchange, 200, "[" + installation() + "]");
        } else if (method.equals("GET") && path.equals("/app/installations/" + INSTALLATION)) {
            answer(exchange, 200, installation());
        } else if (method.equals("POST") && path.equals("/app/installations/" + INSTALLATION + "/access_tokens")) {
            tokensIssued.incrementAndGet();
            answer(exchange, 201, "{\"token\":\"" + token + "\",\"expires_at\":\"" + Instant.now().plusSeconds(3600)
                    + "\"}");
        } else if (method.equals("GET") && path.equals("/installation/repositories")) {
            if (!("token " + token).equals(auth)) {
                answer(exchange, 401, "{\"message\":\"Bad credentials\"}");
                return;
            }
            answer(exchange, 200, repositoriesPage(exchange.getRequestURI().getQuery()));
        } else {
            answer(exchange, 404, "{\"message\":\"Not Found\"}");
        }
    }

    private static String installation() {
        return """
                {"id":%s,"account":{"login":"acme-corp","type":"Organization"},"repository_selection":"selected",
                 "suspended_at":null,"updated_at":"2026-11-30T10:00:00Z",
                 "html_url":"https://github.com/organizations/acme-corp/settings/installations/%s"}"""
                .formatted(INSTALLATION, INSTALLATION);
    }

    private String repositoriesPage(String query) {
        int perPage = 30;
        int page = 1;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("per_page")) {
                perPage = Integer.parseInt(kv[1]);
            } else if (kv[0].equals("page")) {
                page = Integer.parseInt(kv[1]);
            }
        }
        List<String> items = new ArrayList<>();
        for (int i = (page - 1) * perPage + 1; i <= Math.min(repositories, page * perPage); i++) {
            String name = (i % 2 == 0 ? "shop-" : "tool-") + i;
            items.add("""
                    {"id":%d,"name":"%s","full_name":"acme-corp/%s","owner":{"login":"acme-corp"},"private":%s,
                     "description":%s,"default_branch":"main","html_url":"https://github.com/acme-corp/%s",
                     "clone_url":"https://github.com/acme-corp/%s.git","updated_at":"2026-11-0%dT00:00:00Z"}"""
                    .formatted(1000 + i, name, name, i % 3 == 0, i % 5 == 0 ? "null" : "\"repo " + i + "\"", name,
                            name, 1 + i % 9));
        }
        return "{\"total_count\":" + repositories + ",\"repositories\":[" + String.join(",", items) + "]}";
    }

    /** What GitHub would refuse about the App's JWT, or null. */
    private String jwtProblem(String auth) {
        if (auth == null || !auth.startsWith("Bearer ")) {
            return "no bearer JWT";
        }
        String[] parts = auth.substring("Bearer ".length()).split("\\.");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(keys.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return "bad signature";
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = Instant.now().getEpochSecond();
            if (!header.path("alg").asText().equals("RS256")) {
                return "alg " + header.path("alg");
            }
            if (!claims.path("iss").asText().equals(APP_ID)) {
                return "iss " + claims.path("iss");
            }
            if (claims.path("exp").asLong() - claims.path("iat").asLong() > 600 || claims.path("exp").asLong() < now
                    || claims.path("iat").asLong() > now) {
                return "times iat " + claims.path("iat") + " exp " + claims.path("exp");
            }
            return null;
        } catch (Exception e) {
            return "unreadable JWT: " + e;
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.appaloft.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.GitHubRepositoryList;
import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * GitHub's REST API as a GitHub App: a JWT (RS256, ten minutes at most, as GitHub requires) names the
 * App, which finds its installation and exchanges the JWT for an installation token (kept until a
 * minute before it expires); the token lists the repositories the installation may read, 100 a page.
 */
final class GitHubAppClient {

    static final int PAGE = 100;
    static final int MAX_PAGES = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final GitHubAppSettings settings;
    private final PrivateKey key;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    GitHubAppClient(GitHubAppSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.key = privateKey(settings.privateKeyPem());
    }

    /** The installation this App acts in (its JSON), as GitHub describes it. */
    JsonNode installation() {
        if (settings.installationId() != null) {
            return get("/app/installations/" + settings.installationId(), "Bearer " + jwt());
        }
        JsonNode all = get("/app/installations", "Bearer " + jwt());
        if (!all.isArray() || all.isEmpty()) {
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "GitHub App " + settings.appId()
                    + " is installed nowhere: install it on an account or organization first");
        }
        return all.get(0);
    }

    /** The installation's repositories whose full name contains {@code search} (case-insensitive; null: all). */
    List<GitHubRepositoryList.Repository> repositories(String search) {
        String auth = "token " + installationToken();
        String needle = search == null ? null : search.strip().toLowerCase(Locale.ROOT);
        List<GitHubRepositoryList.Repository> found = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode answer = get("/installation/repositories?per_page=" + PAGE + "&page=" + page, auth);
            JsonNode repositories = answer.path("repositories");
            for (JsonNode r : repositories) {
                String fullName = r.path("full_name").asText();
                if (needle == null || needle.isEmpty() || fullName.toLowerCase(Locale.ROOT).contains(needle)) {
                    found.add(repository(r));
                }
            }
            if (repositories.size() < PAGE) {
                break;
            }
        }
        return found;
    }

    private static GitHubRepositoryList.Repository repository(JsonNode r) {
        String description = r.path("description").isTextual() && !r.path("description").asText().isBlank()
                ? r.path("description").asText() : null;
        return new GitHubRepositoryList.Repository(r.path("id").asText(), r.path("name").asText(),
                r.path("full_name").asText(), r.path("owner").path("login").asText(), description,
                r.path("private").asBoolean(), r.path("default_branch").asText(), r.path("html_url").asText(),
                r.path("clone_url").asText(), r.path("updated_at").asText());
    }

    private synchronized String installationToken() {
        if (token != null && clock.instant().isBefore(tokenExpires.minusSeconds(60))) {
            return token;
        }
        String id = installation().path("id").asText();
        JsonNode answer = send(HttpRequest.newBuilder(uri("/app/installations/" + id + "/access_tokens"))
                .POST(HttpRequest.BodyPublishers.noBody()), "Bearer " + jwt());
        token = answer.path("token").asText(null);
        if (token == null) {
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "GitHub gave no installation token");
        }
        try {
            tokenExpires = Instant.parse(answer.path("expires_at").asText());
        } catch (RuntimeException e) {
            tokenExpires = clock.instant().plusSeconds(600);
        }
        return token;
    }

    /** The App's JWT: issued a minute in the past (clock drift), valid nine minutes, signed RS256. */
    String jwt() {
        long now = clock.instant().getEpochSecond();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(Json.write(java.util.Map.of("iat", now - 60, "exp", now + 540,
                "iss", settings.appId())).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the GitHub App key cannot sign: " + e.getMessage(), e);
        }
    }

    private JsonNode get(String path, String auth) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), auth);
    }

    private JsonNode send(HttpRequest.Builder request, String auth) {
        HttpRequest built = request.timeout(TIMEOUT).header("Authorization", auth)
                .header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "appaloft").build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "GitHub (" + settings.apiUrl()
                    + ") could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "interrupted while asking GitHub");
        }
        if (response.statusCode() / 100 != 2) {
            String message = json(response.body()).path("message").asText("");
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "GitHub answered " + response.statusCode()
                    + " to " + built.method() + " " + built.uri().getPath() + (message.isEmpty() ? "" : ": " + message)
                    + (response.statusCode() == 401 ? " (check the App id and private key)" : ""));
        }
        JsonNode body = json(response.body());
        if (body.isMissingNode()) {
            throw new AppaloftException(ErrorCode.GITHUB_API_FAILED, "GitHub's answer to " + built.uri().getPath()
                    + " is not JSON");
        }
        return body;
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : Json.read(body, JsonNode.class);
        } catch (RuntimeException notJson) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private URI uri(String path) {
        return URI.create(settings.apiUrl() + path);
    }

    /** PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what GitHub hands out) or PKCS#8. */
    static PrivateKey privateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem.strip()))) {
            Object read = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (read instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (read instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
        } catch (IOException | RuntimeException e) {
            // reported below without the key's text
        }
        throw new IllegalArgumentException("the GitHub App private key is not an unencrypted RSA key in PEM");
    }
}

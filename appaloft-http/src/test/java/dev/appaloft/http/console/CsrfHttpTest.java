package dev.appaloft.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.http.TestHttpServer;
import dev.appaloft.store.memory.MemoryStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CSRF rule over HTTP: an unsafe call authenticated by the session cookie alone needs the
 * console's header and, when the browser names one, this origin; bearer calls and reads are as before.
 */
class CsrfHttpTest {

    static final String PASSWORD = "a long passphrase here";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static TestHttpServer server;
    static String session;

    @BeforeAll
    static void start() throws Exception {
        server = TestHttpServer.serve(AppaloftEngine.builder().store(new MemoryStore()).build(), "t".repeat(64));
        assertThat(send("POST", "/api/bootstrap/auth/first-admin", "{\"email\":\"me@example.com\",\"displayName\":\"Me\","
                + "\"password\":\"" + PASSWORD + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> signedIn = send("POST", "/api/auth/sign-in/email",
                "{\"email\":\"me@example.com\",\"password\":\"" + PASSWORD + "\"}");
        session = signedIn.headers().firstValue("set-auth-token").orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String[] cookie(String... more) {
        List<String> headers = new ArrayList<>(List.of("Cookie", "appaloft.session_token=" + session));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    String host() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void aCookieOnlyUnsafeCallWithoutTheHeaderIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> forged = send("POST", "/api/projects", "{\"name\":\"forged\"}", cookie());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("csrf_check_failed").contains(CsrfGuard.HEADER);
        HttpResponse<String> list = send("GET", "/api/projects", null, cookie());
        assertThat(list.statusCode()).as("reads need no proof").isEqualTo(200);
        assertThat(list.body()).doesNotContain("forged");
        // the session survives a forged sign-out too
        assertThat(send("POST", "/api/auth/sign-out", "{}", cookie()).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/auth/session", null, cookie()).body()).contains("me@example.com");
    }

    @Test
    void theHeaderFromThisOriginPassesAndFromAnotherOriginOrCrossSiteFails() throws Exception {
        assertThat(send("POST", "/api/projects", "{\"name\":\"from-console\"}",
                cookie(CsrfGuard.HEADER, "1", "Origin", "http://" + host(), "Sec-Fetch-Site", "same-origin"))
                .statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/projects", "{\"name\":\"no-origin\"}", cookie(CsrfGuard.HEADER, "1"))
                .statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/projects", "{\"name\":\"evil\"}",
                cookie(CsrfGuard.HEADER, "1", "Origin", "http://evil.example")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/projects", "{\"name\":\"evil2\"}",
                cookie(CsrfGuard.HEADER, "1", "Origin", "http://127.0.0.1:1")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/projects", "{\"name\":\"evil3\"}",
                cookie(CsrfGuard.HEADER, "1", "Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/api/projects/prj_x", "{}", cookie()).statusCode()).isEqualTo(403);
    }

    @Test
    void bearerCallsAndCookieFreeCallsAreUnaffected() throws Exception {
        assertThat(send("POST", "/api/projects", "{\"name\":\"ci\"}", "Authorization", "Bearer " + session,
                "Origin", "http://evil.example").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/projects", "{\"name\":\"admin\"}", "Authorization", "Bearer " + "t".repeat(64))
                .statusCode()).isEqualTo(201);
        // sign-in itself carries no cookie: the console and curl sign in as before
        assertThat(send("POST", "/api/auth/sign-in/email", "{\"email\":\"me@example.com\",\"password\":\"" + PASSWORD
                + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void sameOriginComparesHostAndPort() {
        assertThat(CsrfGuard.sameOrigin("http://127.0.0.1:4310", "127.0.0.1:4310")).isTrue();
        assertThat(CsrfGuard.sameOrigin("https://console.example", "console.example")).isTrue();
        assertThat(CsrfGuard.sameOrigin("https://console.example", "console.example:443")).isTrue();
        assertThat(CsrfGuard.sameOrigin("http://127.0.0.1:4311", "127.0.0.1:4310")).isFalse();
        assertThat(CsrfGuard.sameOrigin("null", "127.0.0.1:4310")).isFalse();
        assertThat(CsrfGuard.sameOrigin("http://a.example", null)).isFalse();
        assertThat(CsrfGuard.sameOrigin(null, "127.0.0.1:4310")).isTrue();
    }
}

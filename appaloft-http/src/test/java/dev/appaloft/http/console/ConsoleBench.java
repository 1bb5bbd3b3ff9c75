package dev.appaloft.http.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.store.memory.MemoryStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's figures on loopback (bench/console-bench.sh runs it; not a test): after signing in
 * through the form, the deployment page is loaded afresh RUNS times and Chromium's performance API
 * gives first contentful paint and the time until the page shows the deployment's status (its data
 * fetched from /api and rendered); then one load with the cache disabled sums what was transferred.
 * The engine is in memory with the runtime double, so the figures are the console's and the API's,
 * not Docker's.
 */
public final class ConsoleBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 15);
        try (AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore())
                .runtime("local-shell", new FakeRuntime()).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator("b".repeat(64)))
                     .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String deployment = seed(base);
            ChromeDriver browser = ConsoleBrowser.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(base + "/#/signin");
                wait.until(d -> !d.findElements(By.id("sign-in-form")).isEmpty());
                browser.findElement(By.id("f-email")).sendKeys("bench@example.com");
                browser.findElement(By.id("f-password")).sendKeys("a long passphrase");
                browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
                wait.until(d -> !d.findElements(By.id("sign-out")).isEmpty());

                String page = base + "/#/deployments/" + deployment;
                List<Double> fcp = new ArrayList<>();
                List<Double> shown = new ArrayList<>();
                for (int i = 0; i < runs + 2; i++) {
                    browser.navigate().to("about:blank");
                    browser.navigate().to(page);
                    wait.until(d -> !d.findElements(By.cssSelector("#deploy-status .badge")).isEmpty()
                            && ((JavascriptExecutor) d).executeScript("return performance.getEntriesByName('appaloft:page-rendered').length") instanceof Long n && n > 0);
                    Map<?, ?> timing = (Map<?, ?>) browser.executeScript("""
                            const paint = performance.getEntriesByName('first-contentful-paint')[0];
                            const shown = performance.getEntriesByName('appaloft:page-rendered')[0];
                            return { fcp: paint ? paint.startTime : -1, shown: shown ? shown.startTime : -1 };""");
                    if (i >= 2) { // two warm-up loads (JIT on both sides)
                        fcp.add(((Number) timing.get("fcp")).doubleValue());
                        shown.add(((Number) timing.get("shown")).doubleValue());
                    }
                }
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                browser.navigate().to("about:blank");
                browser.navigate().to(page);
                wait.until(d -> !d.findElements(By.cssSelector("#deploy-status .badge")).isEmpty());
                Thread.sleep(500); // the last /api answers finish into the resource timeline
                Map<?, ?> bytes = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("""
                        const all = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
                        return { transfer: all.reduce((s, e) => s + e.transferSize, 0),
                                 body: all.reduce((s, e) => s + e.decodedBodySize, 0), requests: all.length };""");
                if (Boolean.getBoolean("waterfall")) {
                    System.out.println(browser.executeScript("return performance.getEntriesByType('resource')"
                            + ".map(e => Math.round(e.startTime) + ' +' + Math.round(e.duration) + ' ms '"
                            + " + e.name.replace(location.origin, '')).join('\\n');"));
                }
                System.out.printf("console-bench: deployment page after sign-in, %d loads on loopback (Chromium %s)%n",
                        runs, browser.getCapabilities().getBrowserVersion());
                System.out.printf("  first contentful paint: median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                        pct(fcp, 50), pct(fcp, 90), Collections.max(fcp));
                System.out.printf("  deployment status shown (data from /api rendered): median %.0f ms, p90 %.0f ms%n",
                        pct(shown, 50), pct(shown, 90));
                System.out.printf("  transferred, cache disabled: %.1f KB in %s requests (%.1f KB of bodies)%n",
                        ((Number) bytes.get("transfer")).doubleValue() / 1024, bytes.get("requests"),
                        ((Number) bytes.get("body")).doubleValue() / 1024);
            } finally {
                browser.quit();
            }
        }
    }

    static double pct(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /** The first admin, and a project, environment, resource, server and one succeeded deployment. */
    static String seed(String base) throws Exception {
        call(base, "POST", "/api/bootstrap/auth/first-admin", null,
                "{\"email\":\"bench@example.com\",\"displayName\":\"Bench\",\"password\":\"a long passphrase\"}");
        String token = call(base, "POST", "/api/auth/sign-in/email", null,
                "{\"email\":\"bench@example.com\",\"password\":\"a long passphrase\"}").get("token").asText();
        String project = call(base, "POST", "/api/projects", token, "{\"name\":\"bench\"}").get("id").asText();
        String env = call(base, "POST", "/api/environments", token, "{\"projectId\":\"" + project
                + "\",\"name\":\"production\",\"kind\":\"production\"}").get("id").asText();
        String resource = call(base, "POST", "/api/resources", token, ("{\"projectId\":\"%s\",\"environmentId\":\"%s\","
                + "\"name\":\"web\",\"source\":{\"kind\":\"docker-image\",\"locator\":\"local/app:1\"},"
                + "\"networkProfile\":{\"internalPort\":8080}}").formatted(project, env)).get("id").asText();
        String server = call(base, "POST", "/api/servers", token,
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}").get("id").asText();
        return call(base, "POST", "/api/deployments", token, "{\"projectId\":\"%s\",\"environmentId\":\"%s\",\"resourceId\":\"%s\",\"serverId\":\"%s\"}"
                .formatted(project, env, resource, server)).get("id").asText();
    }

    static JsonNode call(String base, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}

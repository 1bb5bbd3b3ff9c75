package dev.appaloft.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.proxy.CaddyEdgeProxy;
import dev.appaloft.runtime.docker.testing.BaseImages;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole flow in a real browser (Debian's headless Chromium driven by Selenium) against the real
 * Docker engine and a real Caddy edge proxy: bootstrap the first admin, sign out and in, create a
 * project, an environment (with a masked secret, locked and unlocked), a server and a resource from
 * samples/static-site, deploy it and watch the log lines and the status arrive on the page without
 * reloading it, open the app's URL and see its page, redeploy, roll back, and look at the running
 * app. The browser's console must stay free of errors (a CSP violation is one). A screenshot of each
 * page is written to target/console-screenshots/ for review.
 */
class ConsoleBrowserIT {

    @RegisterExtension static final LocalDockerEngine docker = new LocalDockerEngine();
    static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    static final String SECRET = "never-shown-in-the-console-7";
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir Path dir;
    final AtomicInteger shot = new AtomicInteger();

    @Test
    void anOperatorDoesTheWholeFlowInTheBrowser() throws Exception {
        BaseImages.ensureBusybox(docker.engine());
        Path site = Path.of("../samples/static-site").toAbsolutePath().normalize();
        assertThat(site.resolve("Dockerfile")).exists();
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) { // this run's shots only
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
        int proxyPort = freePort();
        String name = "site-" + docker.runId();
        String resource = null;
        try (CaddyEdgeProxy proxy = CaddyEdgeProxy.start("caddy", "127.0.0.1", proxyPort, freePort(), dir.resolve("caddy"));
             AppaloftEngine engine = AppaloftEngine.builder()
                     .store(JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC()))
                     .secretBox(AesGcmSecretBox.withKey("t", AesGcmSecretBox.newKey()))
                     .runtime("local-shell", new DockerDeploymentRuntime(docker.engine()))
                     .edgeProxy("local-shell", proxy).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator("a".repeat(64)))
                     .start("127.0.0.1", 0)) {
            WebDriver browser = ConsoleBrowser.start();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/";
                resource = flow(browser, base, site, name, proxyPort);
                List<LogEntry> errors = browser.manage().logs().get("browser").getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        // the console's own messages (a refused request is one: the flow makes none on purpose);
                        // the deployed site has no favicon, which is its business
                        .filter(e -> !e.getMessage().contains(".localhost:" + proxyPort))
                        .toList();
                assertThat(errors).as("the browser console (CSP violations, script errors)").isEmpty();
            } finally {
                browser.quit();
            }
        } finally {
            if (resource != null) {
                String r = resource;
                docker.engine().containers().listByLabels(Map.of("appaloft.resource", r))
                        .forEach(c -> docker.engine().containers().remove(c.id()));
                docker.engine().images().listIdsByLabels(Map.of("appaloft.resource", r))
                        .forEach(image -> docker.engine().images().remove(image, true));
            }
        }
    }

    private String flow(WebDriver browser, String base, Path site, String name, int proxyPort) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(base);
        // a fresh instance asks for its first admin
        wait.until(d -> d.getCurrentUrl().endsWith("#/bootstrap") && !d.findElements(By.id("bootstrap-form")).isEmpty());
        screenshot(browser, "bootstrap");
        type(browser, "f-email", "me@example.com");
        type(browser, "f-displayName", "Me");
        type(browser, "f-password", "a long passphrase");
        type(browser, "f-organizationName", "Acme");
        browser.findElement(By.cssSelector("#bootstrap-form button[type=submit]")).click();
        wait.until(d -> heading(d).equals("Projects"));
        assertThat(browser.findElement(By.id("who")).getText()).contains("me@example.com").contains("owner");

        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> !d.findElements(By.id("sign-in-form")).isEmpty());
        screenshot(browser, "sign-in");
        type(browser, "f-email", "me@example.com");
        type(browser, "f-password", "a long passphrase");
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        wait.until(d -> heading(d).equals("Projects"));

        type(browser, "f-name", "shop");
        submit(browser, "project-form");
        wait.until(d -> heading(d).equals("shop"));
        type(browser, "f-name", "production");
        submit(browser, "environment-form");
        wait.until(d -> heading(d).startsWith("production"));
        String environmentUrl = browser.getCurrentUrl();

        type(browser, "f-key", "API_TOKEN");
        type(browser, "f-value", SECRET);
        browser.findElement(By.id("f-isSecret")).click();
        submit(browser, "variable-form");
        wait.until(d -> text(d, "#view").contains("API_TOKEN"));
        assertThat(browser.findElement(By.id("view")).getText()).contains("(secret)").doesNotContain(SECRET);
        assertThat(browser.getPageSource()).doesNotContain(SECRET);
        browser.findElement(By.id("lock")).click();
        wait.until(d -> !d.findElements(By.id("unlock")).isEmpty());
        assertThat(heading(browser)).contains("locked");
        screenshot(browser, "environment-locked");
        browser.findElement(By.id("unlock")).click();
        wait.until(d -> !d.findElements(By.id("lock")).isEmpty());

        browser.findElement(By.linkText("Servers")).click();
        wait.until(d -> heading(d).equals("Servers"));
        type(browser, "f-name", "this host");
        submit(browser, "server-form");
        wait.until(d -> text(d, "#view").contains("local-shell"));
        screenshot(browser, "servers");

        browser.get(environmentUrl);
        wait.until(d -> !d.findElements(By.id("resource-form")).isEmpty());
        type(browser, "f-name", name);
        new Select(browser.findElement(By.id("f-sourceKind"))).selectByValue("local-folder");
        type(browser, "f-locator", site.toString());
        submit(browser, "resource-form");
        wait.until(d -> heading(d).equals(name) && !d.findElements(By.id("deploy-form")).isEmpty());
        String resourceUrl = browser.getCurrentUrl();
        String resource = resourceUrl.substring(resourceUrl.lastIndexOf('/') + 1);
        screenshot(browser, "resource");

        // deploy: the page follows the deployment; it is never reloaded, so what arrives came from the stream
        submit(browser, "deploy-form");
        wait.until(d -> d.getCurrentUrl().contains("#/deployments/") && !d.findElements(By.id("deploy-log")).isEmpty());
        String first = lastSegment(browser.getCurrentUrl());
        wait.until(d -> !d.findElements(By.cssSelector("#deploy-log > span")).isEmpty());
        String statusWhileLinesArrived = status(browser);
        screenshot(browser, "deploy-in-progress");
        wait.until(d -> status(d).equals("succeeded"));
        assertThat(browser.getCurrentUrl()).endsWith(first);
        assertThat(browser.findElements(By.cssSelector("#deploy-log > span")).size()).isGreaterThan(3);
        assertThat(browser.findElement(By.id("deploy-log")).getText()).contains("[package]").contains("[verify]");
        assertThat(browser.findElements(By.cssSelector(".phases li.done"))).hasSizeGreaterThanOrEqualTo(4);
        System.out.println("ConsoleBrowserIT: the first log lines arrived while the deployment was " + statusWhileLinesArrived);
        screenshot(browser, "deploy-succeeded");

        WebElement link = wait.until(d -> d.findElement(By.id("app-url")));
        String appUrl = link.getAttribute("href");
        assertThat(appUrl).isEqualTo("http://" + name + "-production.localhost:" + proxyPort + "/");
        String console = browser.getWindowHandle();
        link.click(); // target=_blank: the app opens in a tab of its own, as a user would see it
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(console)).findFirst().orElseThrow());
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Hello from Appaloft"));
        screenshot(browser, "app");
        browser.close();
        browser.switchTo().window(console);

        browser.findElement(By.id("redeploy")).click();
        wait.until(d -> !lastSegment(d.getCurrentUrl()).equals(first) && d.getCurrentUrl().contains("#/deployments/"));
        String second = lastSegment(browser.getCurrentUrl());
        wait.until(d -> status(d).equals("succeeded"));
        assertThat(browser.findElement(By.id("view")).getText()).contains("redeploy");

        WebElement rollback = wait.until(d -> d.findElement(By.id("rollback")));
        assertThat(rollback.getText()).contains(first);
        rollback.click();
        wait.until(d -> d.getCurrentUrl().contains("#/deployments/") && !lastSegment(d.getCurrentUrl()).equals(second));
        wait.until(d -> status(d).equals("succeeded"));
        assertThat(browser.findElement(By.id("view")).getText()).contains("rollback");
        screenshot(browser, "rolled-back");
        browser.get(appUrl);
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Hello from Appaloft"));

        browser.get(resourceUrl);
        wait.until(d -> text(d, "#view").contains("Deployments"));
        assertThat(browser.findElements(By.cssSelector("#view tbody tr a[href^='#/deployments/']")))
                .hasSizeGreaterThanOrEqualTo(3);
        screenshot(browser, "resource-deployed");
        browser.findElement(By.id("runtime-link")).click();
        wait.until(d -> text(d, "#health").contains("Overall"));
        wait.until(d -> !text(d, "#usage").isEmpty() && !text(d, "#usage").equals("Sampling…"));
        screenshot(browser, "runtime");
        browser.get(resourceUrl + "/more");
        wait.until(d -> heading(d).contains("domains") && text(d, "#view").contains("No scheduled tasks."));
        screenshot(browser, "domains-tasks-dependencies");

        // the same deployment page on a phone-sized window
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "#/deployments/" + first);
        wait.until(d -> status(d).equals("succeeded"));
        screenshot(browser, "deploy-phone");
        return resource;
    }

    static String heading(WebDriver browser) {
        return text(browser, "#view h1");
    }

    static String status(WebDriver browser) {
        return text(browser, "#deploy-status");
    }

    /** The text of the first match, read in one script call: the live pages repaint between two WebDriver calls. */
    static String text(WebDriver browser, String css) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : '';", css);
        return String.valueOf(text);
    }

    static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    static void submit(WebDriver browser, String formId) {
        browser.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    /** The whole page: the window grows to the page's height for the shot, then returns to its size. */
    void screenshot(WebDriver browser, String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(4000, Math.max(size.getHeight(),
                height + 140))));
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        browser.manage().window().setSize(size);
        Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", shot.incrementAndGet(), name)), png);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

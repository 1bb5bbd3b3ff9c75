package dev.appaloft.http.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web console: static HTML, CSS and ES modules from the classpath folder {@code console/},
 * served at {@code /} (the page) and {@code /console/<file>} (its assets). The browser calls the
 * documented {@code /api} operations itself; nothing here knows a business rule. Every answer carries
 * a strict Content-Security-Policy (no inline script or style, nothing from another origin), so a
 * value that slipped past the modules' escaping could still not run.
 */
public final class ConsoleRoutes {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    // flat names only: no path separators, so nothing outside console/ can be asked for
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "html", "text/html; charset=utf-8");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> serve(ctx, "index.html"));
        routes.get("/console/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!ASSET.matcher(file).matches()) {
                notFound(ctx);
                return;
            }
            serve(ctx, file);
        });
    }

    private void serve(Context ctx, String file) {
        Optional<byte[]> bytes = cache.computeIfAbsent(file, ConsoleRoutes::load);
        if (bytes.isEmpty()) {
            notFound(ctx);
            return;
        }
        headers(ctx);
        // the page and its modules change together with the server: revalidate, never serve stale
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1))).result(bytes.get());
    }

    private static void notFound(Context ctx) {
        headers(ctx);
        ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static Optional<byte[]> load(String file) {
        try (InputStream in = ConsoleRoutes.class.getClassLoader().getResourceAsStream("console/" + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.appaloft.runtime.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * How servers' edge proxies are started: the Caddy image used when a server's engine has it, else
 * the caddy binary on the server's PATH; how long a started Caddy gets to answer.
 */
public record EdgeProxyOptions(String image, String binary, Duration startTimeout) {

    public EdgeProxyOptions {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(startTimeout, "startTimeout");
    }

    public static EdgeProxyOptions defaults() {
        return new EdgeProxyOptions("caddy:2-alpine", "caddy", Duration.ofSeconds(20));
    }
}

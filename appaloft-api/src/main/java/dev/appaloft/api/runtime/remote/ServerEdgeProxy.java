package dev.appaloft.api.runtime.remote;

import dev.appaloft.api.runtime.EdgeProxy;
import java.util.Map;

/** The edge proxy of one remote server: routes as any {@link EdgeProxy}, and it can be (re)started there. */
public interface ServerEdgeProxy extends EdgeProxy {

    /**
     * Starts the proxy on the server as configured, replacing one that answers on its admin port,
     * and loads the routes it should serve. Returns facts about how it runs ({@code method}:
     * {@code container} or {@code binary}, ...); fails with a stable code that says why not.
     */
    Map<String, String> start();
}

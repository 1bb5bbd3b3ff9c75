package dev.appaloft.http;

import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.http.auth.AdminTokenAuthenticator;

/**
 * An engine served over HTTP on a free loopback port behind one admin token, with a client that
 * checks every answer against the spec: the set-up the HTTP scenarios share. Closing it stops the
 * server, then the engine.
 */
public final class TestHttpServer implements AutoCloseable {

    private final AppaloftEngine engine;
    private final AppaloftHttpServer server;
    private final ApiClient api;

    private TestHttpServer(AppaloftEngine engine, String token) {
        this.engine = engine;
        this.server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(token)).start("127.0.0.1", 0);
        this.api = new ApiClient("http://127.0.0.1:" + server.port(), token);
    }

    public static TestHttpServer serve(AppaloftEngine engine, String token) {
        return new TestHttpServer(engine, token);
    }

    public ApiClient api() {
        return api;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }
}

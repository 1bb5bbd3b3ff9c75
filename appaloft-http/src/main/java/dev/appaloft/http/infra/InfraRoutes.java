package dev.appaloft.http.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.core.AppaloftEngine;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * Endpoints outside the catalog, open without credentials: liveness, readiness (checks the
 * store), version, and the OpenAPI document the API follows.
 */
public final class InfraRoutes {

    private final AppaloftEngine engine;
    private final ObjectMapper mapper;
    private final byte[] openApiDocument;
    private final Clock clock;

    public InfraRoutes(AppaloftEngine engine, ObjectMapper mapper, byte[] openApiDocument, Clock clock) {
        this.engine = engine;
        this.mapper = mapper;
        this.openApiDocument = openApiDocument;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> {
            ObjectNode body = mapper.createObjectNode();
            body.put("status", "ok");
            body.put("service", "Appaloft");
            body.put("version", Version.current());
            body.put("timestamp", Timestamps.format(clock.instant()));
            ctx.contentType("application/json").result(body.toString());
        });
        routes.get("/api/readiness", ctx -> {
            Store store = engine.store();
            StoreHealth health = store.health();
            ObjectNode body = mapper.createObjectNode();
            body.put("status", health.ready() ? "ready" : "not-ready");
            ObjectNode checks = body.putObject("checks");
            checks.put("database", health.reachable());
            checks.put("migrations", health.migrated());
            ObjectNode details = body.putObject("details");
            details.put("store", store.kind());
            if (!health.ready() && health.detail() != null) {
                details.put("reason", health.detail());
            }
            ctx.status(health.ready() ? 200 : 503).contentType("application/json").result(body.toString());
        });
        routes.get("/api/version", ctx -> {
            ObjectNode body = mapper.createObjectNode();
            body.put("name", "Appaloft");
            body.put("version", Version.current());
            body.put("apiVersion", "v1");
            body.put("mode", "self-hosted");
            ObjectNode features = body.putObject("features");
            features.put("catalogOperations", OperationCatalog.all().size());
            features.put("implementedOperations", engine.implementedOperations().size());
            features.put("store", engine.store().kind());
            ctx.contentType("application/json").result(body.toString());
        });
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApiDocument));
    }
}

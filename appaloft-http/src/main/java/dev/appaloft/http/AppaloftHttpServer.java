package dev.appaloft.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.Actor;
import dev.appaloft.api.catalog.AlienOperations;
import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.internal.Json;
import dev.appaloft.http.auth.Authenticator;
import dev.appaloft.http.auth.FleetTokenAuthenticator;
import dev.appaloft.http.auth.SessionAuthenticator;
import dev.appaloft.http.auth.SignInRoutes;
import dev.appaloft.http.binding.RequestBinder;
import dev.appaloft.http.errors.ErrorBodies;
import dev.appaloft.http.errors.JsonErrorHandler;
import dev.appaloft.http.infra.InfraRoutes;
import dev.appaloft.http.routing.RouteTable;
import dev.appaloft.http.spec.ApiSpec;
import dev.appaloft.http.spec.OperationSpec;
import dev.appaloft.http.validation.SchemaValidator;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documented HTTP API over an engine. Every catalog operation gets its route by walking the
 * catalog; nothing here knows a business rule.
 */
public final class AppaloftHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppaloftHttpServer.class);
    static final String ERROR_WRITTEN = "appaloft.error-written";
    private static final long MAX_REQUEST_BYTES = 1_048_576;

    private final Javalin javalin;
    private final AppaloftEngine engine;

    private AppaloftHttpServer(AppaloftEngine engine, Authenticator operator, ApiSpec spec) {
        this.engine = engine;
        // session and deploy tokens are the engine's; any other secret is the operator's credential
        Authenticator authenticator = new SessionAuthenticator(engine.authentication(), operator);
        SignInRoutes signIn = new SignInRoutes(engine.authentication(), authenticator, Json.mapper());
        ObjectMapper mapper = Json.mapper();
        ErrorBodies errors = new ErrorBodies(mapper);
        RequestBinder binder = new RequestBinder(mapper, new SchemaValidator());
        InfraRoutes infra = new InfraRoutes(engine, mapper, spec.appaloftDocument(), Clock.systemUTC());
        // /v1 speaks the fleet's tokens (and accepts what /api accepts as a fleet admin); /health is public
        Authenticator fleet = new FleetTokenAuthenticator(engine, authenticator);
        Authenticator anonymous = (authorization, cookies) -> Actor.anonymous();
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            // web console: CSRF proof for cookie-authenticated unsafe /api calls, then the static page at /
            config.routes.before("/api/*", ctx -> dev.appaloft.http.console.CsrfGuard.check(ctx.method().name(),
                    ctx.header("Authorization"), ctx.header("Cookie"), ctx.header(dev.appaloft.http.console.CsrfGuard.HEADER),
                    ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), ctx.header("Host")));
            new dev.appaloft.http.console.ConsoleRoutes().register(config.routes);
            infra.register(config.routes);
            signIn.register(config.routes);
            new dev.appaloft.http.terminal.TerminalSocket(engine.terminals(), authenticator, mapper)
                    .register(config.routes);
            RouteTable<OperationRoute<?, ?>> table = new RouteTable<>();
            for (Operation<?, ?> operation : OperationCatalog.all()) {
                OperationSpec operationSpec = spec.operation(operation.key()).orElseThrow(() ->
                        new IllegalStateException("the spec has no operation " + operation.key()));
                table.add(RouteTable.Method.valueOf(operation.method().name()), operation.httpPath(),
                        route(operation, operationSpec, operation == AlienOperations.HEALTH ? anonymous
                                : operation.api() == Api.ALIEN ? fleet : authenticator, binder, mapper));
            }
            // one Javalin route per method and prefix; the table finds the operation
            Handler dispatch = ctx -> dispatch(table, ctx);
            for (RouteTable.Method method : RouteTable.Method.values()) {
                HandlerType type = HandlerType.findOrCreate(method.name());
                for (String path : List.of("/api/*", "/v1/*", "/health")) {
                    config.routes.addHttpHandler(type, path, dispatch);
                }
            }
            registerErrors(config.routes, errors, mapper);
        });
    }

    public static AppaloftHttpServer create(AppaloftEngine engine, Authenticator authenticator) {
        return new AppaloftHttpServer(Objects.requireNonNull(engine), Objects.requireNonNull(authenticator),
                ApiSpec.load());
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public AppaloftHttpServer start(String host, int port) {
        javalin.start(host, port);
        LOG.info("Appaloft API listening on http://{}:{} ({} of {} catalog operations implemented)", host, port(),
                engine.implementedOperations().size(), OperationCatalog.all().size());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private <I, O> OperationRoute<I, O> route(Operation<I, O> operation, OperationSpec spec, Authenticator auth,
                                              RequestBinder binder, ObjectMapper mapper) {
        return new OperationRoute<>(operation, spec, engine, auth, binder, mapper);
    }

    private static void dispatch(RouteTable<OperationRoute<?, ?>> table, Context ctx) throws Exception {
        RouteTable.Method method;
        try {
            method = RouteTable.Method.valueOf(ctx.method().name());
        } catch (IllegalArgumentException e) {
            throw new AppaloftException(ErrorCode.METHOD_NOT_ALLOWED, "method " + ctx.method() + " is not allowed");
        }
        RouteTable.Match<OperationRoute<?, ?>> match = table.find(method, ctx.path());
        if (match.found()) {
            match.route().handle(ctx, match.pathParams());
        } else if (match.methodNotAllowed()) {
            ctx.header("Allow", String.join(", ", match.allowed().stream().map(Enum::name).toList()));
            throw new AppaloftException(ErrorCode.METHOD_NOT_ALLOWED,
                    "method " + ctx.method() + " is not allowed on " + ctx.path());
        } else {
            throw new AppaloftException(ErrorCode.ROUTE_NOT_FOUND, "no route " + ctx.method() + " " + ctx.path());
        }
    }

    private static void registerErrors(RoutesConfig routes, ErrorBodies errors, ObjectMapper mapper) {
        routes.exception(AppaloftException.class, (e, ctx) -> write(ctx, errors, e, mapper));
        // Javalin's own refusals (a body over the size limit, ...) in the API's error shape
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, errors, e.getStatus() == 413
                ? new AppaloftException(ErrorCode.REQUEST_TOO_LARGE,
                        "the request body is larger than " + MAX_REQUEST_BYTES + " bytes")
                : new AppaloftException(new ErrorCode("http_" + e.getStatus(), e.getStatus(), false), e.getMessage()),
                mapper));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("unexpected failure serving {} {} (incident {})", ctx.method(), ctx.path(), incident, e);
            write(ctx, errors, new AppaloftException(ErrorCode.INTERNAL,
                    "an unexpected error occurred (incident " + incident + ")"), mapper);
        });
        // Javalin's own 404/405 come here too; errors we already wrote carry the marker
        routes.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                write(ctx, errors, new AppaloftException(ErrorCode.ROUTE_NOT_FOUND,
                        "no route " + ctx.method() + " " + ctx.path()), mapper);
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                write(ctx, errors, new AppaloftException(ErrorCode.METHOD_NOT_ALLOWED,
                        "method " + ctx.method() + " is not allowed on " + ctx.path()), mapper);
            }
        });
    }

    private static void write(Context ctx, ErrorBodies errors, AppaloftException e, ObjectMapper mapper) {
        Api api = ctx.path().startsWith("/v1") || ctx.path().equals("/health") ? Api.ALIEN : Api.APPALOFT;
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(e.code().httpStatus()).contentType("application/json").result(errors.body(api, e).toString());
    }
}

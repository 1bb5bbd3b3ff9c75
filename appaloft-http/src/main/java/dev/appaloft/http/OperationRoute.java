package dev.appaloft.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.access.Access;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.common.ResponseHeaders;
import dev.appaloft.core.access.AccessPolicy;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.common.StatusOverride;
import dev.appaloft.api.common.Streamable;
import dev.appaloft.api.common.StreamedBody;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.http.auth.Authenticator;
import dev.appaloft.http.binding.RequestBinder;
import dev.appaloft.http.spec.OperationSpec;
import dev.appaloft.http.sse.ServerSentEvents;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Serves one catalog operation: authenticate first (so nothing about the input leaks to a
 * stranger), then refuse what is not implemented, bind and validate the input, run it through
 * the same facade embedders use, and answer with the operation's success status.
 */
final class OperationRoute<I, O> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OperationRoute.class);

    private static final byte[] NULL_BODY = "null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Operation<I, O> operation;
    private final OperationSpec spec;
    private final Appaloft appaloft;
    private final Authenticator authenticator;
    private final RequestBinder binder;
    private final ObjectMapper mapper;
    private final boolean isPublic;

    OperationRoute(Operation<I, O> operation, OperationSpec spec, Appaloft appaloft, Authenticator authenticator,
                   RequestBinder binder, ObjectMapper mapper) {
        this.operation = operation;
        this.spec = spec;
        this.appaloft = appaloft;
        this.authenticator = authenticator;
        this.binder = binder;
        this.mapper = mapper;
        this.isPublic = OperationAccess.required(operation) == Access.PUBLIC;
    }

    void handle(Context ctx, Map<String, String> pathParams) throws Exception {
        // public operations (first-admin bootstrap) take no credentials; every other one needs them
        Actor actor = isPublic ? Actor.anonymous()
                : authenticator.authenticate(ctx.header("Authorization"), ctx.header("Cookie"));
        actor = actor.from(new Actor.Origin(ctx.ip(), ctx.userAgent(), actor.sessionId()));
        // the caller's standing is checked before anything about the operation or its input is revealed
        AccessPolicy.checkStanding(operation, actor);
        if (!appaloft.isImplemented(operation)) {
            throw AppaloftException.notImplemented(operation.key());
        }
        ObjectNode raw = binder.bind(new RequestBinder.RawRequest(ctx.bodyAsBytes(), query(ctx), pathParams), spec);
        operation.requestHeaders().forEach((header, field) -> {
            String value = ctx.header(header);
            if (value != null && !value.isBlank()) {
                raw.put(field, value.trim());
            }
        });
        if (operation.rawBodyField() != null) {
            // a webhook: its signature covers these exact bytes, so the body is passed on unparsed
            raw.put(operation.rawBodyField(), new String(ctx.bodyAsBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        I input;
        try {
            input = mapper.treeToValue(raw, operation.inputType());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            // the schema accepted it, so this is a value Java cannot hold (e.g. an integer overflow)
            throw AppaloftException.validation("(body)", "the input could not be read: " + e.getMessage());
        }
        O output = appaloft.execute(operation, input, actor);
        if (output instanceof EventStream stream) {
            ServerSentEvents.serve(ctx, stream, mapper);
            return;
        }
        if (output instanceof Streamable streamable && streamable.streamed() != null) {
            writeStreamed(ctx, streamable.streamed());
            return;
        }
        ctx.status(output instanceof StatusOverride override ? override.httpStatus() : operation.successStatus());
        if (output instanceof ResponseHeaders headers) {
            headers.responseHeaders().forEach(ctx::header);
        }
        if (operation.successStatus() == 204 || output instanceof dev.appaloft.api.common.HeadersOnly) {
            return;
        }
        // written straight to the response: Javalin's result() would copy it once more per request;
        // a 200 whose schema is JSON null answers the literal null
        byte[] body = output == null ? NULL_BODY : mapper.writeValueAsBytes(output);
        ctx.contentType("application/json");
        ctx.res().setContentLength(body.length);
        ctx.res().getOutputStream().write(body);
    }

    /**
     * A body written as it is read (an NDJSON or CSV export): chunked, never held whole. A failure
     * after the first bytes cannot change the status any more, so it cuts the response short
     * (the client sees a broken transfer, not a well-formed partial file).
     */
    private void writeStreamed(Context ctx, StreamedBody body) throws java.io.IOException {
        ctx.status(operation.successStatus());
        ctx.contentType(body.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + body.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        try {
            java.io.OutputStream out = ctx.res().getOutputStream();
            body.writeTo(out);
            out.flush();
        } catch (java.io.IOException | RuntimeException e) {
            if (!ctx.res().isCommitted()) {
                ctx.res().resetBuffer(); // nothing reached the client: the usual JSON error answers
                throw e;
            }
            LOG.warn("{} {}: the streamed body failed after it started; the response is cut short ({})",
                    ctx.method(), ctx.path(), e.toString());
            if (ctx.res() instanceof org.eclipse.jetty.ee10.servlet.ServletApiResponse response) {
                response.getServletChannel().abort(e);
            }
            ctx.attribute(AppaloftHttpServer.ERROR_WRITTEN, Boolean.TRUE);
        }
    }

    /**
     * The query, plus {@code cursor} from SSE's {@code Last-Event-ID} when the operation takes a
     * cursor and the reconnecting client did not repeat it: that is how a browser resumes a stream.
     */
    private Map<String, List<String>> query(Context ctx) {
        Map<String, List<String>> query = ctx.queryParamMap();
        String lastEventId = ctx.header("Last-Event-ID");
        if (lastEventId == null || lastEventId.isBlank() || query.containsKey("cursor")
                || spec.query().stream().noneMatch(p -> p.name().equals("cursor"))) {
            return query;
        }
        Map<String, List<String>> withCursor = new java.util.LinkedHashMap<>(query);
        withCursor.put("cursor", List.of(lastEventId));
        return withCursor;
    }
}

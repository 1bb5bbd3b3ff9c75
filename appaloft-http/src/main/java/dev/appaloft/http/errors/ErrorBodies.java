package dev.appaloft.http.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.error.AppaloftException;
import java.util.Locale;
import java.util.Map;

/**
 * The error body of each system: Appaloft routes answer
 * {@code {defined, code, status, message, data:{domainCode, locale, retryable, issues?, details?}}};
 * Alien routes answer {@code {code, message, retryable, internal, context?, httpStatusCode}}.
 */
public final class ErrorBodies {

    private static final Map<Integer, String> FAMILY = Map.ofEntries(
            Map.entry(400, "BAD_REQUEST"), Map.entry(401, "UNAUTHORIZED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"), Map.entry(405, "METHOD_NOT_SUPPORTED"), Map.entry(409, "CONFLICT"),
            Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(422, "UNPROCESSABLE_CONTENT"), Map.entry(429, "TOO_MANY_REQUESTS"),
            Map.entry(500, "INTERNAL_SERVER_ERROR"), Map.entry(501, "NOT_IMPLEMENTED"),
            Map.entry(502, "BAD_GATEWAY"), Map.entry(503, "SERVICE_UNAVAILABLE"), Map.entry(504, "GATEWAY_TIMEOUT"));

    /** Shared codes under the names Alien clients know (the original answers bad input with BAD_REQUEST). */
    private static final Map<String, String> ALIEN_NAMES = Map.of(
            "validation_error", "BAD_REQUEST", "malformed_request", "BAD_REQUEST",
            "product_auth_missing", "UNAUTHORIZED", "product_auth_invalid", "UNAUTHORIZED",
            "product_auth_forbidden", "FORBIDDEN", "route_not_found", "NOT_FOUND",
            "internal_error", "GENERIC_ERROR");

    private final ObjectMapper mapper;

    public ErrorBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode body(Api api, AppaloftException e) {
        return api == Api.ALIEN ? alien(e) : appaloft(e);
    }

    ObjectNode appaloft(AppaloftException e) {
        int status = e.code().httpStatus();
        ObjectNode body = mapper.createObjectNode();
        body.put("defined", false);
        body.put("code", FAMILY.getOrDefault(status, status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST"));
        body.put("status", status);
        body.put("message", e.getMessage());
        ObjectNode data = body.putObject("data");
        data.put("domainCode", e.code().code());
        data.put("locale", "en-US");
        data.put("retryable", e.retryable());
        if (!e.issues().isEmpty()) {
            data.set("issues", mapper.valueToTree(e.issues()));
        }
        if (!e.details().isEmpty()) {
            data.set("details", mapper.valueToTree(e.details()));
        }
        return body;
    }

    ObjectNode alien(AppaloftException e) {
        ObjectNode body = mapper.createObjectNode();
        String code = e.code().code();
        body.put("code", ALIEN_NAMES.getOrDefault(code, code.toUpperCase(Locale.ROOT)));
        body.put("message", e.getMessage());
        body.put("retryable", e.retryable());
        body.put("internal", false);
        if (!e.details().isEmpty() || !e.issues().isEmpty()) {
            ObjectNode context = body.putObject("context");
            e.details().forEach((k, v) -> context.set(k, mapper.valueToTree(v)));
            if (!e.issues().isEmpty()) {
                context.set("issues", mapper.valueToTree(e.issues()));
            }
        }
        body.put("httpStatusCode", e.code().httpStatus());
        return body;
    }
}

package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One business capability: its key, kind, HTTP binding and the types it takes and gives. The
 * facade, the HTTP routes and the docs are all derived from these descriptors.
 *
 * @param <I> the input record ({@link JsonNode} for an operation not implemented yet)
 * @param <O> the output record ({@link Void} for an operation that answers with no body)
 */
public final class Operation<I, O> {

    private final Api api;
    private final String key;
    private final OperationKind kind;
    private final HttpMethod method;
    private final String path;
    private final int successStatus;
    private final Class<I> inputType;
    private final Class<O> outputType;
    private final Map<String, String> requestHeaders;
    private final String rawBodyField;

    private Operation(Api api, String key, OperationKind kind, HttpMethod method, String path,
                      int successStatus, Class<I> inputType, Class<O> outputType) {
        this(api, key, kind, method, path, successStatus, inputType, outputType, Map.of(), null);
    }

    private Operation(Api api, String key, OperationKind kind, HttpMethod method, String path, int successStatus,
                      Class<I> inputType, Class<O> outputType, Map<String, String> requestHeaders,
                      String rawBodyField) {
        this.api = Objects.requireNonNull(api);
        this.key = Objects.requireNonNull(key);
        this.kind = Objects.requireNonNull(kind);
        this.method = Objects.requireNonNull(method);
        this.path = Objects.requireNonNull(path);
        this.successStatus = successStatus;
        this.inputType = Objects.requireNonNull(inputType);
        this.outputType = Objects.requireNonNull(outputType);
        // in declaration order: docs list them so, the same on every run
        this.requestHeaders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requestHeaders));
        this.rawBodyField = rawBodyField;
    }

    /**
     * The same operation, also taking input field {@code field} from request header {@code header}:
     * an extension for what the spec's body cannot carry (it forbids extra fields), such as an
     * admin's explicit acceptance of a changed SSH host key.
     */
    public Operation<I, O> withRequestHeader(String header, String field) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(requestHeaders);
        headers.put(Objects.requireNonNull(header), Objects.requireNonNull(field));
        return new Operation<>(api, key, kind, method, path, successStatus, inputType, outputType, headers,
                rawBodyField);
    }

    /**
     * The same operation, taking the request body as it arrived (UTF-8 text) into input field
     * {@code field} instead of binding it: for webhooks, whose signature covers the exact bytes.
     */
    public Operation<I, O> withRawBody(String field) {
        return new Operation<>(api, key, kind, method, path, successStatus, inputType, outputType, requestHeaders,
                Objects.requireNonNull(field));
    }

    /** The input field that takes the raw request body, or null when the body is bound as JSON. */
    public String rawBodyField() {
        return rawBodyField;
    }

    /** Extension request headers and the input fields they fill (header name to field name). */
    public Map<String, String> requestHeaders() {
        return requestHeaders;
    }

    public static <I, O> Operation<I, O> of(Api api, String key, OperationKind kind, HttpMethod method,
                                            String path, int successStatus, Class<I> in, Class<O> out) {
        return new Operation<>(api, key, kind, method, path, successStatus, in, out);
    }

    public static Operation<JsonNode, JsonNode> untyped(Api api, String key, OperationKind kind,
                                                        HttpMethod method, String path, int successStatus) {
        return new Operation<>(api, key, kind, method, path, successStatus, JsonNode.class, JsonNode.class);
    }

    public Api api() {
        return api;
    }

    /** The spec's operationId, e.g. {@code projects.create} or {@code list_deployment_groups}. */
    public String key() {
        return key;
    }

    public OperationKind kind() {
        return kind;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path template as the spec writes it, e.g. {@code /projects/{projectId}}. */
    public String path() {
        return path;
    }

    /** The path this operation is served at, e.g. {@code /api/projects/{projectId}}. */
    public String httpPath() {
        return api.pathPrefix() + path;
    }

    public int successStatus() {
        return successStatus;
    }

    public Class<I> inputType() {
        return inputType;
    }

    public Class<O> outputType() {
        return outputType;
    }

    /** The capability the operation belongs to: the key's first segment ({@code projects}). */
    public String capability() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** Whether the input and output are named records (false: raw JSON, not implemented yet). */
    public boolean typed() {
        return inputType != JsonNode.class;
    }

    @Override
    public String toString() {
        return key + " (" + method + " " + httpPath() + ")";
    }
}

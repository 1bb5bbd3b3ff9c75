package dev.appaloft.http.errors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed URI or header): JSON
 * in the API's error shape instead of Jetty's HTML page, and never a stack trace.
 */
public final class JsonErrorHandler extends ErrorHandler {

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String family = status == 400 ? "BAD_REQUEST" : status == 431 ? "REQUEST_HEADER_FIELDS_TOO_LARGE"
                : status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
        String json = "{\"defined\":false,\"code\":\"" + family + "\",\"status\":" + status
                + ",\"message\":\"the request could not be read (malformed URI or headers)\","
                + "\"data\":{\"domainCode\":\"malformed_request\",\"locale\":\"en-US\",\"retryable\":false}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

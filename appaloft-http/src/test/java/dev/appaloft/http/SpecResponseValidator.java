package dev.appaloft.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.appaloft.api.catalog.SpecDocuments;
import java.nio.charset.StandardCharsets;

/**
 * Checks response bodies against the spec's response schemas, so a drift from the contract fails
 * the test that produced it.
 */
final class SpecResponseValidator {

    private static final OpenApiInteractionValidator APPALOFT = OpenApiInteractionValidator
            .createForInlineApiSpecification(new String(SpecDocuments.read(SpecDocuments.APPALOFT), StandardCharsets.UTF_8))
            .withBasePathOverride("/api")
            .build();

    private SpecResponseValidator() {
    }

    /** The problems of a successful response to {@code method path}; empty when it follows the spec. */
    static String problems(String method, String path, int status, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            response.withContentType("application/json").withBody(body);
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = APPALOFT.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        return report.hasErrors() ? report.getMessages().toString() : "";
    }
}

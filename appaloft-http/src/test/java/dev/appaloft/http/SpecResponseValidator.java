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

    /** The Appaloft spec is OpenAPI 3.1 (JSON Schema 2020-12): its response schemas are checked as such. */
    private static final AppaloftResponseSchemas APPALOFT = new AppaloftResponseSchemas(
            new String(SpecDocuments.read(SpecDocuments.APPALOFT), StandardCharsets.UTF_8));

    // allOf members are merged before validation: otherwise the validator reads each member as if
    // it forbade the others' properties (environmentInfo is an allOf of a oneOf of allOfs)
    private static final OpenApiInteractionValidator ALIEN = OpenApiInteractionValidator
            .createForInlineApiSpecification(alienWithKnownDeviations())
            .withResolveCombinators(true)
            .build();

    private SpecResponseValidator() {
    }

    /**
     * The Alien spec, except where it is wrong about what the original serves (docs/alien-fleet.md,
     * pitfall 2): the values of {@code DeploymentInfoResponse.resources} are
     * {@code {resourceType, publicUrl?}}, not the stack's {@code ResourceEntry} (a name collision), and
     * it carries the deployment's {@code error} (pitfall 1);
     * and four answers carry the original's small JSON bodies where the spec declares none.
     */
    private static String alienWithKnownDeviations() {
        try {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                    mapper.readTree(SpecDocuments.read(SpecDocuments.ALIEN));
            com.fasterxml.jackson.databind.node.ObjectNode info = (com.fasterxml.jackson.databind.node.ObjectNode)
                    doc.at("/components/schemas/DeploymentInfoResponse/properties/resources");
            info.set("additionalProperties", mapper.readTree("{\"type\":\"object\",\"required\":[\"resourceType\"],"
                    + "\"properties\":{\"resourceType\":{\"type\":\"string\"},\"publicUrl\":{\"type\":\"string\"}},"
                    + "\"additionalProperties\":false}"));
            // /info carries the deployment's error, as the original does since [de3] (pitfall 1)
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/components/schemas/DeploymentInfoResponse/properties"))
                    .set("error", mapper.createObjectNode());
            // the spec gives these answers no body; the original sends {"success":true} / {"message":...}
            for (String[] op : new String[][] {{"/v1/sync/release", "post", "200"},
                    {"/v1/deployments/{id}/redeploy", "post", "200"}, {"/v1/deployments/{id}/retry", "post", "200"},
                    {"/v1/deployments/{id}", "delete", "202"}}) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("paths").get(op[0]).get(op[1]).get("responses")
                        .get(op[2])).set("content", mapper.readTree("{\"application/json\":{\"schema\":{\"type\":\"object\"}}}"));
            }
            return mapper.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The problems of a successful response to {@code method path}; empty when it follows the spec. */
    static String problems(String method, String path, int status, String body) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (!(pathOnly.startsWith("/v1/") || pathOnly.equals("/health"))) {
            return APPALOFT.problems(method, pathOnly, status, body);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            response.withContentType("application/json").withBody(body);
        }
        ValidationReport report = ALIEN.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        return report.hasErrors() ? report.getMessages().toString() : "";
    }
}

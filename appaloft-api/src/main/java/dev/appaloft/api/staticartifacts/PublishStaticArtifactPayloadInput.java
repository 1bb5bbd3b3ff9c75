package dev.appaloft.api.staticartifacts;

import java.util.List;
import java.util.Map;

/** {@code staticArtifacts.publishPayload}: files given in the request, base64. */
public record PublishStaticArtifactPayloadInput(String projectId, String resourceId, String artifactId,
                                                Boolean promoteAlias, List<PayloadFile> files,
                                                Map<String, String> metadata) {

    /** One file: its path in the site ({@code assets/app.js}), its type and its bytes. */
    public record PayloadFile(String path, String mimeType, String contentBase64) {
    }
}

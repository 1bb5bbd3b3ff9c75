package dev.appaloft.core.audit;

import dev.appaloft.core.internal.Validation;
import java.util.Locale;

/**
 * How an audit export answers: the spec's bounded JSON document, or every matching event streamed
 * as NDJSON or CSV. Over HTTP the value is the request's {@code Accept} header, so it reads a media
 * range list: the first of ours that the client lists wins, and a list naming none of ours (a
 * browser's {@code text/html, *}{@code /*}) gets JSON. An embedder names the format: a word we do not
 * know is refused on {@code format}.
 */
enum AuditExportFormat {
    JSON("application/json", "json"),
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv", "csv");

    final String mediaType;
    final String extension;

    AuditExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static AuditExportFormat parse(Validation v, String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        for (String range : value.split(",")) {
            String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "ndjson", "application/x-ndjson", "application/ndjson", "application/jsonl" -> {
                    return NDJSON;
                }
                case "csv", "text/csv" -> {
                    return CSV;
                }
                case "json", "application/json" -> {
                    return JSON;
                }
                default -> {
                    // a media type we don't serve is skipped (HTTP content negotiation); a bare word is a mistake
                    if (!type.contains("/")) {
                        v.check(false, "format", "format must be json, ndjson or csv");
                        return JSON;
                    }
                }
            }
        }
        return JSON;
    }
}

package dev.appaloft.api.error;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one exception type of the product: a stable {@link ErrorCode}, a human message, the input
 * problems that caused it (validation) and safe details (never secrets).
 */
public class AppaloftException extends RuntimeException {

    private final ErrorCode code;
    private final List<Issue> issues;
    private final Map<String, Object> details;

    public AppaloftException(ErrorCode code, String message) {
        this(code, message, List.of(), Map.of(), null);
    }

    public AppaloftException(ErrorCode code, String message, List<Issue> issues, Map<String, Object> details,
                             Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
        this.issues = List.copyOf(issues);
        this.details = Map.copyOf(details);
    }

    public static AppaloftException validation(List<Issue> issues) {
        return new AppaloftException(ErrorCode.VALIDATION_ERROR, "Input validation failed", issues, Map.of(), null);
    }

    public static AppaloftException validation(String field, String message) {
        return validation(List.of(Issue.custom(field, message)));
    }

    public static AppaloftException notFound(String entity, String id) {
        return new AppaloftException(ErrorCode.NOT_FOUND, entity + " " + id + " was not found",
                List.of(), Map.of("entity", entity, "id", id), null);
    }

    public static AppaloftException notImplemented(String operationKey) {
        return new AppaloftException(ErrorCode.NOT_IMPLEMENTED,
                "operation " + operationKey + " is not implemented yet", List.of(),
                Map.of("operation", operationKey), null);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Issue> issues() {
        return issues;
    }

    public Map<String, Object> details() {
        return details;
    }

    public boolean retryable() {
        return code.retryable();
    }
}

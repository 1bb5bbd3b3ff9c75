package dev.appaloft.api.fleet;

/** {@code health}: {@code {"status":"healthy"}} while the server answers. */
public record HealthStatus(String status) {
}

package dev.appaloft.api.system;

/** {@code system.doctor}: the store's readiness, providers, plugins and background workers in one report. */
public record DoctorInput() {
}

package dev.appaloft.api.fleet;

/** {@code delete_deployment} answers 202: the deployment is {@code delete-pending} until its worker tears it down. */
public record DeletionEnqueued(String message) {
}

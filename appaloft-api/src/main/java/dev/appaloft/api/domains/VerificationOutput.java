package dev.appaloft.api.domains;

/** The binding and the verification attempt a confirmation or retry recorded. */
public record VerificationOutput(String id, String verificationAttemptId) {
}

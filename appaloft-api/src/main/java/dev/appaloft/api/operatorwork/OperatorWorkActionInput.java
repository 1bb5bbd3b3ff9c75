package dev.appaloft.api.operatorwork;

/**
 * The input of {@code operatorWork.retry}, {@code cancel}, {@code deadLetter} and
 * {@code markRecovered}: the item and why (required for cancel and dead-letter).
 */
public record OperatorWorkActionInput(String workId, String reason) {
}

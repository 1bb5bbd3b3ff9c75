package dev.appaloft.api.operatorwork;

/** {@code operatorWork.retry}: a new pending item that repeats the failed one. */
public record WorkRetried(String workId, String status, String retryOfWorkId, String retriedAt) {
}

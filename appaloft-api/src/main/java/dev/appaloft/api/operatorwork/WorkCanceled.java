package dev.appaloft.api.operatorwork;

public record WorkCanceled(String workId, String status, String canceledAt) {
}

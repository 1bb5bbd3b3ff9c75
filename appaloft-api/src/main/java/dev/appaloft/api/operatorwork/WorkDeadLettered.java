package dev.appaloft.api.operatorwork;

public record WorkDeadLettered(String workId, String status, String deadLetteredAt) {
}

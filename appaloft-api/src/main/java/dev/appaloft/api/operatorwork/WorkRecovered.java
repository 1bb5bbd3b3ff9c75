package dev.appaloft.api.operatorwork;

public record WorkRecovered(String workId, String status, String recoveredAt) {
}

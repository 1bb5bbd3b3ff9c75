package dev.appaloft.api.operatorwork;

public record ShowOperatorWorkInput(String workId) {
}

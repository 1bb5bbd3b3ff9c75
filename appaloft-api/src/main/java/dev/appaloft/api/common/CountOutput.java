package dev.appaloft.api.common;

public record CountOutput(long count) {
}

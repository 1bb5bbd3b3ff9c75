package dev.appaloft.api.extensions;

public record Quantity(double value, String unit) {
}

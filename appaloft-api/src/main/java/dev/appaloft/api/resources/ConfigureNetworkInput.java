package dev.appaloft.api.resources;

public record ConfigureNetworkInput(String resourceId, NetworkProfile networkProfile) {
}

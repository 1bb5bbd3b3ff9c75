package dev.appaloft.api.servers.capacity;

/** The server a capacity answer is about. */
public record CapacityTarget(String id, String name, String host, long port, String providerKey, String targetKind) {
}

package dev.appaloft.api.servers.capacity;

/** {@code servers.capacity.inspect}: reads one server's capacity; changes nothing on it. */
public record InspectServerCapacityInput(String serverId) {
}

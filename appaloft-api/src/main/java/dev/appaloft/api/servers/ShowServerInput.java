package dev.appaloft.api.servers;

public record ShowServerInput(String serverId, Boolean includeRollups) {
}

package dev.appaloft.api.servers;

public record ServerDeleteCheckInput(String serverId) {
}

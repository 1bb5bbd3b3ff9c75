package dev.appaloft.api.servers;

public record ListServersInput(Integer limit) {
}

package dev.appaloft.api.servers;

public record CountServersInput() {
}

package dev.appaloft.api.servers;

import java.util.List;

public record ServerList(List<ServerView> items) {
}

package dev.appaloft.api.identity;

import java.util.List;

public record AccountSessionList(List<AccountSessionView> items, String nextCursor) {
}

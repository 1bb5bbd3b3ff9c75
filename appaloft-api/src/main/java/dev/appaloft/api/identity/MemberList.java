package dev.appaloft.api.identity;

import java.util.List;

public record MemberList(List<MemberView> items, String nextCursor) {
}

package dev.appaloft.api.identity;

import java.util.List;

public record InvitationList(List<InvitationView> items, String nextCursor) {
}

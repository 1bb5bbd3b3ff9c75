package dev.appaloft.core.fleet.tokens;

import dev.appaloft.api.fleet.TokenKind;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mints tokens inside a command: stores the hash, records the event (never the token), returns the raw value once. */
public final class TokenMinter {

    private TokenMinter() {
    }

    public record Minted(String id, String raw) {
        @Override
        public String toString() {
            return "Minted[id=" + id + ", raw=****]";
        }
    }

    public static Minted mint(UnitOfWork uow, TokenKind kind, String organizationId, String groupId, String deploymentId,
                              String description) {
        String raw = TokenSecrets.generate(kind);
        FleetToken token = new FleetToken(Ids.next("tok"), organizationId, kind, TokenSecrets.keyPrefix(raw),
                TokenSecrets.hash(raw), groupId, deploymentId, description, uow.actor().id(), uow.now());
        TokenRepository.insert(uow.tx(), token);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind.wire());
        payload.put("keyPrefix", token.keyPrefix());
        if (groupId != null) {
            payload.put("deploymentGroupId", groupId);
        }
        if (deploymentId != null) {
            payload.put("deploymentId", deploymentId);
        }
        uow.event("fleet_token.minted", token.id(), payload);
        return new Minted(token.id(), raw);
    }
}

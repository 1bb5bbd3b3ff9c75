package dev.appaloft.core.sources;

import dev.appaloft.api.error.AppaloftException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque keyset cursors: the (createdAt, id) of the last item a page showed. */
final class Cursors {

    record Position(Instant createdAt, String id) {
    }

    private Cursors() {
    }

    static String encode(Instant createdAt, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt.toEpochMilli() + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
        try {
            String value = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = value.indexOf(':');
            return new Position(Instant.ofEpochMilli(Long.parseLong(value.substring(0, colon))),
                    value.substring(colon + 1));
        } catch (RuntimeException e) {
            throw AppaloftException.validation("cursor", "cursor is not one this list gave out");
        }
    }
}

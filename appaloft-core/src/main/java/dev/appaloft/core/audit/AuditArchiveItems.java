package dev.appaloft.core.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.appaloft.api.audit.AuditEventDetail;
import dev.appaloft.core.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An archive's redacted events, gzip-compressed (base64 in the document). The digest is SHA-256
 * of the uncompressed JSON of the items, so anyone holding the items can check it.
 */
record AuditArchiveItems(String id, String organizationId, Instant createdAt, String gzipBase64) {

    private static final TypeReference<List<AuditEventDetail>> ITEMS = new TypeReference<>() {
    };

    static byte[] json(List<AuditEventDetail> items) {
        return Json.write(items).getBytes(StandardCharsets.UTF_8);
    }

    static String digest(byte[] json) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditArchiveItems of(String id, String organizationId, Instant createdAt, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuditArchiveItems(id, organizationId, createdAt, Base64.getEncoder().encodeToString(out.toByteArray()));
    }

    byte[] uncompressed() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(gzipBase64)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AuditEventDetail> items(byte[] json) {
        try {
            return Json.mapper().readValue(json, ITEMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

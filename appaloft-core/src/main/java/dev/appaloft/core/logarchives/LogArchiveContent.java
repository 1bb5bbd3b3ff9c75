package dev.appaloft.core.logarchives;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.core.artifacts.Digests;
import dev.appaloft.core.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** An archive's lines as bytes: one JSON line each, gzipped; read back only when the digest matches. */
final class LogArchiveContent {

    /** Lines read back beyond this are refused: an archive holds at most 1000 (the tail limit). */
    static final int MAX_LINES = 10_000;

    record Encoded(byte[] bytes, long rawBytes) {
    }

    private LogArchiveContent() {
    }

    static Encoded encode(List<RuntimeLogLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long raw = 0;
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            for (RuntimeLogLine line : lines) {
                byte[] json = (Json.mapper().writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
                raw += json.length;
                gzip.write(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(out.toByteArray(), raw);
    }

    static List<RuntimeLogLine> decode(LogArchive archive, byte[] bytes) {
        if (!Digests.sha256(bytes).equals(archive.digest())) {
            throw corrupt(archive, "its content does not match its digest");
        }
        List<RuntimeLogLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(bytes)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && lines.size() < MAX_LINES) {
                if (!line.isEmpty()) {
                    lines.add(Json.mapper().readValue(line, RuntimeLogLine.class));
                }
            }
        } catch (JsonProcessingException e) {
            throw corrupt(archive, "a line is not readable");
        } catch (IOException e) {
            throw corrupt(archive, "it is not a readable gzip stream");
        }
        return lines;
    }

    static AppaloftException corrupt(LogArchive archive, String why) {
        return new AppaloftException(ErrorCode.RUNTIME_LOG_ARCHIVE_UNREADABLE, "runtime log archive " + archive.id()
                + " cannot be read: " + why);
    }
}

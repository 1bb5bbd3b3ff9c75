package dev.appaloft.core.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.audit.AuditEventDetail;
import dev.appaloft.api.common.StreamedBody;
import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An audit export streamed as NDJSON or CSV: matching events oldest first, read a page at a time by
 * their position in the stream (each page its own short read, so neither memory nor a transaction
 * grows with the export) and written as they are read. The same redaction as every audit read.
 */
final class AuditExportStream implements StreamedBody {

    static final int PAGE = 1_000;
    static final List<String> CSV_COLUMNS =
            List.of("auditEventId", "aggregateId", "eventType", "createdAt", "payload", "redactedFields");

    private final Function<StreamQuery, List<StreamRecord>> pages;
    private final AuditFilter filter;
    private final String organizationId;
    private final AuditExportFormat format;
    private final long limit;
    private final int pageSize;

    /** {@code pages} reads one page of the audit stream (its own short read each time). */
    AuditExportStream(Function<StreamQuery, List<StreamRecord>> pages, AuditFilter filter, String organizationId, AuditExportFormat format,
                      long limit, int pageSize) {
        this.pages = pages;
        this.filter = filter;
        this.organizationId = organizationId;
        this.format = format;
        this.limit = limit;
        this.pageSize = pageSize;
    }

    @Override
    public String contentType() {
        return format.mediaType + "; charset=utf-8";
    }

    @Override
    public String fileName() {
        return "audit-events." + format.extension;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format == AuditExportFormat.CSV) {
            writer.write(String.join(",", CSV_COLUMNS));
            writer.write("\r\n");
        }
        ObjectMapper mapper = Json.mapper();
        // one writer for every line; the writer is shared, so the generator must not close it
        com.fasterxml.jackson.databind.ObjectWriter line = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        IOException[] failure = new IOException[1];
        forEach(detail -> {
            if (failure[0] != null) {
                return;
            }
            try {
                if (format == AuditExportFormat.CSV) {
                    writeCsvRow(writer, mapper, detail);
                } else {
                    line.writeValue(writer, detail); // one compact JSON object a line
                    writer.write('\n');
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        writer.flush();
    }

    /** Every matching event, oldest first, at most {@code limit}; stops early when the sink failed. */
    void forEach(Consumer<AuditEventDetail> sink) {
        long after = 0;
        long left = limit;
        while (left > 0) {
            int size = (int) Math.min(pageSize, left);
            List<StreamRecord> page = pages.apply(filter.query(organizationId, size).after(after));
            for (StreamRecord record : page) {
                sink.accept(AuditRecords.detail(record));
            }
            if (page.size() < size) {
                return;
            }
            after = page.get(page.size() - 1).seq();
            left -= page.size();
        }
    }

    private static void writeCsvRow(Writer writer, ObjectMapper mapper, AuditEventDetail d) throws IOException {
        List<String> cells = List.of(d.auditEventId(), d.aggregateId(), d.eventType(), d.createdAt(),
                mapper.writeValueAsString(d.payload()), mapper.writeValueAsString(d.redactedFields()));
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * One RFC 4180 cell. A cell that a spreadsheet would run as a formula ({@code =}, {@code +},
     * {@code -}, {@code @}, tab, CR first) gets a leading apostrophe: an audit export is opened in
     * spreadsheets, and event payloads carry user-chosen names.
     */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String cell = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}

package dev.appaloft.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.StreamQuery;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AuditExportStreamTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** 2,345 events of two organizations, two aggregates and two types, one a second apart. */
    private final List<StreamRecord> records = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private int largestPage;

    AuditExportStreamTest() {
        for (int seq = 1; seq <= 2_345; seq++) {
            String org = seq % 5 == 0 ? "org_other" : "org_ours";
            String subject = seq % 2 == 0 ? "prj_a" : "prj_b";
            String type = seq % 3 == 0 ? "resource.created" : "project.created";
            String body = "{\"operation\":\"projects.create\",\"name\":\"n" + seq + "\",\"password\":\"hunter2\"}";
            records.add(new StreamRecord("audit", seq, type, body, T0.plusSeconds(seq), org, subject));
        }
    }

    /** A store's page read: the matching records oldest first, at most the query's limit. */
    private final Function<StreamQuery, List<StreamRecord>> store = query -> {
        reads.incrementAndGet();
        largestPage = Math.max(largestPage, query.limit());
        return records.stream().filter(query::matches).sorted(Comparator.comparingLong(StreamRecord::seq))
                .limit(query.limit()).toList();
    };

    private List<Long> expected(AuditFilter filter, String org) {
        StreamQuery all = filter.query(org, Integer.MAX_VALUE);
        return records.stream().filter(all::matches).map(StreamRecord::seq).toList();
    }

    private String write(AuditExportStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ndjsonHasEveryMatchingEventOnceOldestFirstReadInPagesNoLargerThanThePageSize() throws IOException {
        AuditFilter filter = new AuditFilter("prj_a", null, T0.plusSeconds(100), T0.plusSeconds(2_000));
        String ndjson = write(new AuditExportStream(store, filter, "org_ours", AuditExportFormat.NDJSON,
                Long.MAX_VALUE, 37));

        List<Long> seqs = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            JsonNode event = MAPPER.readTree(line);
            assertThat(event.get("aggregateId").asText()).isEqualTo("prj_a");
            assertThat(event.get("payload").get("password").asText()).isEqualTo("[redacted]");
            assertThat(event.get("redactedFields").get(0).asText()).isEqualTo("password");
            seqs.add(Long.parseLong(event.get("auditEventId").asText().substring("aud_".length())));
        }
        assertThat(seqs).containsExactlyElementsOf(expected(filter, "org_ours")).hasSizeGreaterThan(37 * 10);
        assertThat(ndjson).doesNotContain("hunter2").endsWith("\n");
        assertThat(largestPage).isEqualTo(37);
        assertThat(reads.get()).isEqualTo(seqs.size() / 37 + 1);
    }

    @Test
    void aLimitStopsTheExportAndItsReadsThereAndEveryOrganizationMeansNullScope() throws IOException {
        String ndjson = write(new AuditExportStream(store, new AuditFilter(null, "resource.created", null, null),
                null, AuditExportFormat.NDJSON, 50, 20));
        assertThat(ndjson.split("\n")).hasSize(50);
        assertThat(reads.get()).isEqualTo(3);
        assertThat(largestPage).isEqualTo(20);
        assertThat(ndjson).as("no organization scope: both organizations' events").contains("\"aud_3\"", "\"aud_15\"");
    }

    @Test
    void csvHasAHeaderAndOneRowAnEventThatReadsBackToTheSameValues() throws IOException {
        AuditFilter filter = new AuditFilter(null, null, null, null);
        String csv = write(new AuditExportStream(store, filter, "org_other", AuditExportFormat.CSV,
                Long.MAX_VALUE, 100));
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.get(0)).containsExactlyElementsOf(AuditExportStream.CSV_COLUMNS);
        assertThat(rows).hasSize(expected(filter, "org_other").size() + 1);
        List<String> first = rows.get(1);
        assertThat(first.get(0)).isEqualTo("aud_5");
        assertThat(first.get(1)).isEqualTo("prj_b");
        assertThat(MAPPER.readTree(first.get(4)).get("name").asText()).isEqualTo("n5");
        assertThat(MAPPER.readTree(first.get(5)).get(0).asText()).isEqualTo("password");
    }

    @Property
    void aCsvCellReadsBackAsItsValueAndNeverStartsAFormula(@ForAll String value) {
        String cell = AuditExportStream.csvCell(value);
        List<List<String>> parsed = parseCsv(cell + "\r\n");
        String read = parsed.isEmpty() ? "" : parsed.get(0).get(0);
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        assertThat(read).isEqualTo(formula ? "'" + value : value);
    }

    @Test
    void theFormatIsTheFirstOfOursAnAcceptHeaderNamesAndAnUnknownWordIsRefusedOnFormat() {
        assertThat(parse("text/csv, */*;q=0.1")).isEqualTo(AuditExportFormat.CSV);
        assertThat(parse("application/x-ndjson")).isEqualTo(AuditExportFormat.NDJSON);
        assertThat(parse("text/html, application/json;q=0.9")).isEqualTo(AuditExportFormat.JSON);
        assertThat(parse("*/*")).isEqualTo(AuditExportFormat.JSON);
        assertThat(parse(null)).isEqualTo(AuditExportFormat.JSON);
        assertThat(parse("csv")).isEqualTo(AuditExportFormat.CSV);
        Validation v = new Validation();
        AuditExportFormat.parse(v, "xml");
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.issues()).extracting(i -> i.path().get(0)).containsExactly("format"));
    }

    private static AuditExportFormat parse(String value) {
        Validation v = new Validation();
        AuditExportFormat format = AuditExportFormat.parse(v, value);
        v.throwIfInvalid();
        return format;
    }

    /** A strict RFC 4180 reader (quoted cells, doubled quotes, CRLF rows), the test's own. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

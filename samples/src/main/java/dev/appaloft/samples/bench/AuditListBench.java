package dev.appaloft.samples.bench;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.audit.AuditEventList;
import dev.appaloft.api.audit.ExportGlobalAuditEventsInput;
import dev.appaloft.api.audit.GlobalAuditEventExport;
import dev.appaloft.api.audit.ListAuditEventsInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamEntry;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code auditEvents.list} over a large audit stream: N records spread over 10 organizations and
 * 1,000 aggregates, then the latency of list pages (the newest page, pages deep in the stream by
 * cursor, one aggregate's page) for the built-in organization, and the rows/s of windowed global
 * exports. Figures, not asserted.
 *
 * <pre>java -cp samples.jar dev.appaloft.samples.bench.AuditListBench sqlite|postgresql [records]</pre>
 * PostgreSQL: {@code APPALOFT_BENCH_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class AuditListBench {

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "sqlite";
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("appaloft-audit-bench");
        Store store = switch (kind) {
            case "sqlite" -> JdbcStore.sqlite(dir.resolve("audit.db"), Clock.systemUTC());
            case "postgresql" -> JdbcStore.postgres(System.getenv("APPALOFT_BENCH_POSTGRES_URL"),
                    System.getenv("APPALOFT_BENCH_POSTGRES_USER"), System.getenv("APPALOFT_BENCH_POSTGRES_PASSWORD"),
                    Clock.systemUTC());
            default -> throw new IllegalArgumentException("store: sqlite or postgresql");
        };
        Instant t0 = Instant.now().minusSeconds(records / 10 + 60);
        long fillStart = System.nanoTime();
        for (int from = 0; from < records; from += 5_000) {
            int start = from;
            store.transaction(tx -> {
                for (int i = start; i < Math.min(records, start + 5_000); i++) {
                    String org = i % 10 == 0 ? Actor.SELF_HOSTED_ORGANIZATION : "org_bench" + (i % 10);
                    tx.append("audit", new StreamEntry("project.renamed", "{\"operation\":\"projects.rename\","
                            + "\"organizationId\":\"" + org + "\",\"actorId\":\"usr_bench\"}", t0.plusMillis(100L * i),
                            org, "prj_" + (i % 1_000)));
                }
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "store=%s records=%d filled in %.1f s%n", store.kind(), records,
                (System.nanoTime() - fillStart) / 1e9);
        try (AppaloftEngine engine = AppaloftEngine.builder().store(store)
                .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey())).dailyHousekeeping(false).build()) {
            Appaloft.Session owner = engine.system();
            measure("newest page (50)", 200, () -> owner.auditEvents().list(new ListAuditEventsInput(null, null, 50, null)));
            List<String> cursors = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < 400; page++) {
                AuditEventList list = owner.auditEvents().list(new ListAuditEventsInput(null, null, 100, cursor));
                cursor = list.nextCursor();
                if (cursor == null) {
                    break;
                }
                cursors.add(cursor);
            }
            int[] next = {0};
            measure("deep pages by cursor (100)", cursors.size(), () -> owner.auditEvents().list(
                    new ListAuditEventsInput(null, null, 100, cursors.get(next[0]++ % cursors.size()))));
            measure("one aggregate's page (50)", 200, () -> owner.auditEvents().list(
                    new ListAuditEventsInput("prj_" + (10 * (int) (Math.random() * 100)), null, 50, null)));
            long rows = 0;
            long exportStart = System.nanoTime();
            for (int w = 0; w < 200; w++) {
                Instant from = t0.plusMillis(100L * (records / 200) * w);
                GlobalAuditEventExport export = owner.auditEvents().exportGlobal(new ExportGlobalAuditEventsInput(null,
                        null, from.toString(), from.plusSeconds(5).toString(), 500));
                rows += export.itemCount();
            }
            double seconds = (System.nanoTime() - exportStart) / 1e9;
            System.out.printf(Locale.ROOT, "global export: %d rows in %.2f s = %.0f rows/s (windows of 500 rows)%n",
                    rows, seconds, rows / seconds);
            streamedExport(owner, t0);
        }
    }

    /**
     * The whole stream as NDJSON (what `Accept: application/x-ndjson` answers) into a counting sink,
     * with the heap in use sampled every 20 ms: streaming holds a page, not the export.
     */
    private static void streamedExport(Appaloft.Session owner, Instant t0) throws java.io.IOException {
        System.gc();
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed()),
                0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        long[] lines = {0};
        long[] bytes = {0};
        java.io.OutputStream sink = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
                if (b == '\n') {
                    lines[0]++;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        lines[0]++;
                    }
                }
            }
        };
        long start = System.nanoTime();
        owner.auditEvents().exportGlobal(ExportGlobalAuditEventsInput.window(t0.minusSeconds(1).toString(),
                Instant.now().plusSeconds(3600).toString()).streamedAs("ndjson")).streamed().writeTo(sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        System.out.printf(Locale.ROOT, "streamed NDJSON export: %d rows (%.0f MB) in %.2f s = %.0f rows/s; "
                        + "heap in use %d MB before, %d MB at most during (-Xmx of this run: %d MB)%n",
                lines[0], bytes[0] / 1e6, seconds, lines[0] / seconds, before >> 20, peak[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void measure(String name, int times, Runnable call) {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "%-28s p50 %6.2f ms  p99 %6.2f ms  (n=%d)%n", name,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0, times);
    }
}

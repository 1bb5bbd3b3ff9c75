package dev.appaloft.samples.bench;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.AutoDeployPolicy;
import dev.appaloft.api.resources.ConfigureAutoDeployInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.sources.RelinkSourceLinkInput;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.core.sources.SourceFingerprint;
import dev.appaloft.core.sources.WebhookSignature;
import dev.appaloft.http.AppaloftHttpServer;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.store.jdbc.JdbcStore;
import dev.appaloft.store.memory.MemoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GitHub webhook ingest over loopback HTTP: C client threads POST N signed push deliveries to
 * {@code /api/integrations/github/source-events} (every 10th repeats an earlier delivery id). Each
 * is verified (HMAC-SHA256), deduplicated, matched through the source-link index (100 linked
 * branches of one repository, the resource's policy deploys only {@code main}, so nothing is
 * built) and recorded. Prints verified-and-answered deliveries/s, p50/p99 latency, and the events
 * stored against the unique deliveries sent (duplicates stored must be 0).
 *
 * <pre>java -cp samples.jar dev.appaloft.samples.bench.SourceEventIngestBench sqlite|memory|postgresql [events] [clients]</pre>
 * PostgreSQL: {@code APPALOFT_BENCH_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class SourceEventIngestBench {

    private static final String SECRET = "bench-webhook-secret";
    private static final int LINKED_BRANCHES = 100;
    private static final String PATH = "/api/integrations/github/source-events";

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "sqlite";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path dir = Files.createTempDirectory("appaloft-ingest-bench");
        try (AppaloftEngine engine = AppaloftEngine.builder().store(open(kind, dir))
                .secretBox(AesGcmSecretBox.withKey("bench", AesGcmSecretBox.newKey())).githubWebhookSecret(SECRET)
                .dailyHousekeeping(false).build();
             AppaloftHttpServer server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator("b".repeat(64)))
                     .start("127.0.0.1", 0)) {
            setUp(engine.system());
            int port = server.port();
            System.out.printf(Locale.ROOT, "store=%s events=%d clients=%d%n", engine.store().kind(), events, clients);
            run(port, "warm-up", Math.min(events, 3000), clients, engine.store(), false);
            run(port, "measured", events, clients, engine.store(), true);
        }
    }

    private static void setUp(Appaloft.Session as) {
        String project = as.projects().create(CreateProjectInput.named("bench")).id();
        String env = as.environments().create(new CreateEnvironmentInput(project, "production",
                EnvironmentKind.PRODUCTION, null)).id();
        as.servers().create(CreateServerInput.localShell("this host"));
        String resource = as.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                new SourceBinding(SourceBinding.Kind.REMOTE_GIT, "https://github.com/acme/shop.git", null, null, "main",
                        null, null, null, null, null, null, null, null, null, null), null, NetworkProfile.port(8080))).id();
        as.resources().configureAutoDeploy(new ConfigureAutoDeployInput(resource, ConfigureAutoDeployInput.Mode.ENABLE,
                null, new ConfigureAutoDeployInput.Policy(AutoDeployPolicy.TriggerKind.GIT_PUSH, List.of("main"),
                List.of(AutoDeployPolicy.EventKind.PUSH), null, null), null));
        for (int i = 0; i < LINKED_BRANCHES; i++) {
            as.sourceEvents().relink(new RelinkSourceLinkInput(SourceFingerprint.of("github.com/acme/shop", "b" + i),
                    project, env, resource, null, null, null, null, null, "bench"));
        }
    }

    private static void run(int port, String name, int events, int clients, Store store, boolean print)
            throws InterruptedException {
        String round = name + "-" + System.nanoTime();
        long storedBefore = store.read(r -> r.count(StoreCollections.SOURCE_EVENTS, DocumentQuery.all()));
        long[] latencies = new long[events];
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ConcurrentHashMap<String, Boolean> unique = new ConcurrentHashMap<>();
        AtomicLong deduped = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try (LoopbackHttp http = new LoopbackHttp(port)) {
                    for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
                        // every 10th delivery is GitHub redelivering an earlier one
                        int n = i % 10 == 9 ? i - 5 : i;
                        String delivery = round + "-" + n;
                        byte[] body = body(n).getBytes(StandardCharsets.UTF_8);
                        Map<String, String> headers = Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", delivery,
                                "X-Hub-Signature-256", WebhookSignature.sign(SECRET, body));
                        long t0 = System.nanoTime();
                        LoopbackHttp.Answer answer = http.post(PATH, headers, body, "appaloft-source-event-status");
                        latencies[i] = System.nanoTime() - t0;
                        if (answer.status() != 202) {
                            failures.incrementAndGet();
                        } else {
                            unique.put(delivery, Boolean.TRUE);
                            if ("deduped".equals(answer.header())) {
                                deduped.incrementAndGet();
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    failures.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = store.read(r -> r.count(StoreCollections.SOURCE_EVENTS, DocumentQuery.all())) - storedBefore;
        if (!print) {
            return;
        }
        java.util.Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%-9s %8.0f deliveries/s  p50 %.2f ms  p99 %.2f ms  failed %d%n", name,
                events / seconds, latencies[events / 2] / 1e6, latencies[(int) (events * 0.99)] / 1e6, failures.get());
        System.out.printf(Locale.ROOT, "          unique deliveries %d, events stored %d, answered deduped %d, "
                + "duplicates stored %d%n", unique.size(), stored, deduped.get(), stored - unique.size());
    }

    /** A push to one of the linked branches (or, one in five, to an unlinked one) with a realistic payload. */
    private static String body(int n) {
        String branch = n % 5 == 4 ? "feature-" + n : "b" + (n % LINKED_BRANCHES);
        String sha = String.format(Locale.ROOT, "%040x", n);
        return """
                {"ref":"refs/heads/%s","before":"%s","after":"%s","created":false,"deleted":false,"forced":false,
                 "repository":{"id":123456,"name":"shop","full_name":"acme/shop","private":false,
                   "html_url":"https://github.com/acme/shop","clone_url":"https://github.com/acme/shop.git",
                   "default_branch":"main"},
                 "pusher":{"name":"dev","email":"dev@example.com"},
                 "head_commit":{"id":"%s","message":"change %d","timestamp":"2026-12-07T12:00:00Z",
                   "author":{"name":"Dev","email":"dev@example.com"},"added":[],"removed":[],"modified":["index.html"]}}"""
                .formatted(branch, "0".repeat(40), sha, sha, n);
    }

    private static Store open(String kind, Path dir) {
        return switch (kind) {
            case "sqlite" -> JdbcStore.sqlite(dir.resolve("ingest.db"), Clock.systemUTC());
            case "memory" -> new MemoryStore();
            case "postgresql" -> JdbcStore.postgres(System.getenv("APPALOFT_BENCH_POSTGRES_URL"),
                    System.getenv("APPALOFT_BENCH_POSTGRES_USER"), System.getenv("APPALOFT_BENCH_POSTGRES_PASSWORD"),
                    Clock.systemUTC());
            default -> throw new IllegalArgumentException("store: sqlite, memory or postgresql");
        };
    }

    private SourceEventIngestBench() {
    }
}

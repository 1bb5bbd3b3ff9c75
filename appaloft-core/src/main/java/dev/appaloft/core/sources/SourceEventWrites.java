package dev.appaloft.core.sources;

import dev.appaloft.api.Actor;
import dev.appaloft.core.internal.CoreContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Records the events that arrive together in one transaction per sender (flat combining): a burst
 * of webhook deliveries would otherwise queue for the store's single writer (SQLite) one commit at
 * a time. The thread that gets the writer writes every waiting event, each with its own audit
 * record, and commits once. A delivery whose dedupe key is already stored (or taken earlier in the
 * same batch) is written as nothing and answered as the duplicate it is.
 */
final class SourceEventWrites {

    private static final int MAX_BATCH = 64;

    /** One event to record; {@code done} completes with true when written, false when a duplicate. */
    private record Pending(Actor actor, SourceEvent event, CompletableFuture<Boolean> done) {
    }

    private final CoreContext ctx;
    private final BiConsumer<dev.appaloft.core.internal.UnitOfWork, SourceEvent> write;
    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock combiner = new ReentrantLock();

    SourceEventWrites(CoreContext ctx, BiConsumer<dev.appaloft.core.internal.UnitOfWork, SourceEvent> write) {
        this.ctx = ctx;
        this.write = write;
    }

    /** Writes the event (with its audit record) as {@code actor}; false when its dedupe key was taken. */
    boolean record(Actor actor, SourceEvent event) {
        Pending pending = new Pending(actor, event, new CompletableFuture<>());
        waiting.add(pending);
        while (!pending.done().isDone()) {
            combiner.lock();
            try {
                if (!pending.done().isDone()) {
                    writeWaiting();
                }
            } finally {
                combiner.unlock();
            }
        }
        try {
            return pending.done().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeWaiting() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = waiting.poll(); p != null; p = batch.size() < MAX_BATCH ? waiting.poll() : null) {
            batch.add(p);
        }
        Map<Actor, List<Pending>> bySender = new LinkedHashMap<>();
        batch.forEach(p -> bySender.computeIfAbsent(p.actor(), k -> new ArrayList<>()).add(p));
        bySender.forEach(this::writeTogether);
    }

    private void writeTogether(Actor actor, List<Pending> events) {
        {
            try {
                List<Boolean> written = ctx.command(actor, "source-events.ingest", uow -> {
                    Set<String> taken = new HashSet<>();
                    List<Boolean> outcome = new ArrayList<>();
                    for (Pending p : events) {
                        String key = p.event().dedupeKey();
                        boolean fresh = taken.add(key)
                                && SourceEventRepository.EVENTS.findByKey(uow.tx(), key).isEmpty();
                        if (fresh) {
                            write.accept(uow, p.event());
                        }
                        outcome.add(fresh);
                    }
                    return outcome;
                });
                for (int i = 0; i < events.size(); i++) {
                    events.get(i).done().complete(written.get(i));
                }
            } catch (RuntimeException e) {
                if (events.size() > 1 && e.getCause() instanceof dev.appaloft.api.store.StoreConflictException) {
                    // another process took one of the keys meanwhile: each alone, so only that one is a duplicate
                    events.forEach(p -> writeTogether(actor, List.of(p)));
                } else {
                    events.forEach(p -> p.done().completeExceptionally(e));
                }
            }
        }
    }
}

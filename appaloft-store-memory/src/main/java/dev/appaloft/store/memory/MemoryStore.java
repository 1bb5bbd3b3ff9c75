package dev.appaloft.store.memory;

import dev.appaloft.api.store.Leases;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StoreUnavailableException;
import dev.appaloft.api.store.work.WorkQueue;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A store that lives in this process, for tests and throwaway embedding. Transactions run one at a
 * time and buffer their writes; a commit publishes them under a write lock, so a reader sees either
 * none or all of a transaction.
 */
public final class MemoryStore implements Store {

    private final MemoryData committed = new MemoryData();
    /** Serialises transactions, so one sees no other's uncommitted writes and checks stay valid. */
    private final ReentrantLock writer = new ReentrantLock();
    /** Readers against a commit being applied. */
    private final ReentrantReadWriteLock publish = new ReentrantReadWriteLock();
    private final MemoryLeases leases;
    private final MemoryWorkQueue queue;
    private volatile boolean closed;

    public MemoryStore(Clock clock) {
        this.leases = new MemoryLeases(Objects.requireNonNull(clock, "clock"));
        this.queue = new MemoryWorkQueue(clock, writer);
    }

    public MemoryStore() {
        this(Clock.systemUTC());
    }

    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        requireOpen();
        if (writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("transactions do not nest");
        }
        writer.lock();
        try {
            PendingWrites pending = new PendingWrites(committed);
            MemoryTransaction tx = new MemoryTransaction(pending, queue);
            T result = work.apply(tx);
            if (tx.swallowedConflict() != null) {
                throw tx.swallowedConflict();
            }
            publish.writeLock().lock();
            try {
                pending.applyTo(committed);
            } finally {
                publish.writeLock().unlock();
            }
            queue.publish(pending.enqueued());
            return result;
        } finally {
            writer.unlock();
        }
    }

    @Override
    public <T> T read(Function<StoreReader, T> work) {
        requireOpen();
        publish.readLock().lock();
        try {
            return work.apply(new MemoryReader(committed));
        } finally {
            publish.readLock().unlock();
        }
    }

    @Override
    public Leases leases() {
        return leases;
    }

    @Override
    public WorkQueue work() {
        return queue;
    }

    @Override
    public StoreHealth health() {
        return closed ? new StoreHealth(false, true, "closed") : new StoreHealth(true, true, "in memory");
    }

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreUnavailableException("memory store is closed", null);
        }
    }
}

package dev.appaloft.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs SQLite work-queue writes that arrive together in one transaction (flat combining): SQLite
 * has one writer anyway, so the callers waiting for it would only queue up; instead, the caller
 * that gets the writer runs every waiting caller's write, each under its own savepoint, and commits
 * once. A write that throws is rolled back to its savepoint alone and its caller gets the error;
 * a failed commit fails them all, and nothing of theirs is kept.
 */
final class GroupCommit {

    /** More than this many writes wait for the next commit: one commit stays short. */
    private static final int MAX_BATCH = 64;

    private final Jdbi writer;
    private final ConcurrentLinkedQueue<Write<?>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock combiner = new ReentrantLock();

    GroupCommit(Jdbi writer) {
        this.writer = writer;
    }

    <T> T run(Function<Handle, T> call) {
        Write<T> write = new Write<>(call);
        waiting.add(write);
        while (!write.done) {
            combiner.lock();
            try {
                if (!write.done) {
                    commitWaiting();
                }
            } finally {
                combiner.unlock();
            }
        }
        return write.result();
    }

    private void commitWaiting() {
        List<Write<?>> batch = new ArrayList<>();
        for (Write<?> next; batch.size() < MAX_BATCH && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        try {
            writer.useHandle(handle -> {
                handle.begin();
                try {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).runUnder(handle, "w" + i);
                    }
                    handle.commit();
                } catch (RuntimeException e) {
                    handle.rollback();
                    throw e;
                }
            });
            batch.forEach(Write::finish);
        } catch (RuntimeException e) {
            batch.forEach(w -> w.fail(e));
        }
    }

    /** One caller's write; {@code done} is published to the caller by the combiner lock. */
    private static final class Write<T> {
        private final Function<Handle, T> call;
        private T value;
        private RuntimeException error;
        private volatile boolean done;

        Write(Function<Handle, T> call) {
            this.call = call;
        }

        void runUnder(Handle handle, String savepoint) {
            handle.savepoint(savepoint);
            try {
                value = call.apply(handle);
                handle.release(savepoint);
            } catch (RuntimeException e) {
                handle.rollbackToSavepoint(savepoint); // Jdbi forgets the savepoint here: the commit ends it
                error = e;
            }
        }

        void finish() {
            done = true;
        }

        void fail(RuntimeException e) {
            value = null;
            error = e;
            done = true;
        }

        T result() {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }
}

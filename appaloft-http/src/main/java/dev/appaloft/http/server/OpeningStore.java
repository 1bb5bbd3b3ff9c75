package dev.appaloft.http.server;

import dev.appaloft.api.store.Leases;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreHealth;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.work.WorkQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A store that is still being opened (pool, migrations) on another thread, so the server can
 * load its spec and routes meanwhile: start-up takes the longer of the two, not their sum.
 * Every call waits for the opening to finish.
 */
final class OpeningStore implements Store {

    private final CompletableFuture<Store> opening;

    private OpeningStore(CompletableFuture<Store> opening) {
        this.opening = opening;
    }

    static OpeningStore open(Supplier<Store> opener) {
        return new OpeningStore(CompletableFuture.supplyAsync(opener));
    }

    /** Waits until the store is open; rethrows what made opening fail. */
    Store await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        return await().transaction(work);
    }

    @Override
    public <T> T read(Function<StoreReader, T> work) {
        return await().read(work);
    }

    @Override
    public Leases leases() {
        return await().leases();
    }

    @Override
    public WorkQueue work() {
        return await().work();
    }

    @Override
    public StoreHealth health() {
        return opening.isDone() && !opening.isCompletedExceptionally()
                ? opening.join().health() : new StoreHealth(false, false, "the store is still opening");
    }

    @Override
    public String kind() {
        return await().kind();
    }

    @Override
    public void close() {
        opening.thenAccept(Store::close);
    }
}

package dev.appaloft.api.store;

import dev.appaloft.api.store.work.WorkQueue;
import java.util.function.Function;

/**
 * Persistence for the whole control plane: versioned aggregate documents, append-only streams and
 * leases. Implementations: {@code appaloft-store-memory} and {@code appaloft-store-jdbc} (SQLite,
 * PostgreSQL). Every implementation passes the same contract suite ({@code StoreContractTest}).
 *
 * <p>Implementations are thread-safe. Transactions do not nest: calling {@link #transaction} from
 * inside {@code work} is not supported.
 */
public interface Store extends AutoCloseable {

    /**
     * Runs {@code work} as one atomic unit: either every insert, update, delete and append it made
     * becomes visible, or (when {@code work} throws) none does. A version mismatch or a taken unique
     * key raises {@link StoreConflictException} and rolls back.
     */
    <T> T transaction(Function<StoreTransaction, T> work);

    /** Runs read-only {@code work} on one consistent snapshot of committed data (later commits stay unseen). */
    <T> T read(Function<StoreReader, T> work);

    /** Leases are not part of transactions: every call is atomic on its own. */
    Leases leases();

    /** The durable work queue; like leases, every call is atomic on its own. */
    WorkQueue work();

    /** Whether the store answers (used by readiness checks). Never throws. */
    StoreHealth health();

    /** A short name of the backend: {@code memory}, {@code sqlite} or {@code postgresql}. */
    String kind();

    @Override
    void close();
}

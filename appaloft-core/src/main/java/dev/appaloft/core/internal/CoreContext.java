package dev.appaloft.core.internal;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.secrets.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every handler needs: the store, the clock and the secret box. */
public final class CoreContext {

    /** Read-modify-write commands are re-run this often when they lose a version race. */
    private static final int ATTEMPTS_ON_VERSION_CONFLICT = 5;

    private final Store store;
    private final Clock clock;
    private final SecretBox secrets;
    private final StoreSignals signals = new StoreSignals();

    public CoreContext(Store store, Clock clock, SecretBox secrets) {
        this.store = store;
        this.clock = clock;
        this.secrets = secrets;
    }

    public Store store() {
        return store;
    }

    public SecretBox secrets() {
        return secrets;
    }

    /** Followers wait on these; every command (and every deployment log line) signals them. */
    public StoreSignals signals() {
        return signals;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public <T> T read(Function<StoreReader, T> work) {
        return store.read(work);
    }

    /**
     * Runs a command in one transaction. A lost version race re-runs it on fresh state (the
     * command decides again, so its rules still hold); after the last attempt it is a retryable
     * {@code conflict}.
     */
    public <T> T command(Actor actor, String operationKey, Function<UnitOfWork, T> work) {
        StoreConflictException last = null;
        for (int attempt = 0; attempt < ATTEMPTS_ON_VERSION_CONFLICT; attempt++) {
            try {
                T result = store.transaction(tx -> work.apply(new UnitOfWork(tx, actor, operationKey, now())));
                signals.changed();
                return result;
            } catch (StoreConflictException e) {
                if (e.kind() != StoreConflictException.Kind.VERSION) {
                    throw conflict(e);
                }
                last = e;
            }
        }
        throw conflict(last);
    }

    private static AppaloftException conflict(StoreConflictException e) {
        return new AppaloftException(ErrorCode.CONFLICT,
                "the change conflicted with another one; try again", List.of(), Map.of(), e);
    }
}

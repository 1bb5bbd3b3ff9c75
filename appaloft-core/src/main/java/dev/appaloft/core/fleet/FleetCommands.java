package dev.appaloft.core.fleet;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.UnitOfWork;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Commands that contend on one document (every admission into a group updates the group's
 * count): a lost version race is re-run more patiently than the default, with a little jitter,
 * so a burst of parallel creates fills the quota instead of failing with {@code conflict}.
 */
public final class FleetCommands {

    private static final int ROUNDS = 12;

    private FleetCommands() {
    }

    public static <T> T contended(CoreContext ctx, Actor actor, String operationKey, Function<UnitOfWork, T> work) {
        for (int round = 1; ; round++) {
            try {
                return ctx.command(actor, operationKey, work);
            } catch (AppaloftException e) {
                if (!e.code().equals(ErrorCode.CONFLICT) || round == ROUNDS) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * round));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}

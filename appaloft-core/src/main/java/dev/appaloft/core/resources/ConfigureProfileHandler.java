package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The four {@code resources.configure*} profile commands (source, runtime, network, access) and
 * the health policy ones differ only in which profile they check and replace: each is one
 * instance of this handler.
 *
 * @param <I> the operation's input
 * @param <P> the profile it sets
 */
final class ConfigureProfileHandler<I, P> implements Handler<I, IdOutput> {

    /** Checks and completes the profile of an input; null clears it. */
    interface Normalizer<I, P> {
        P normalize(Validation v, I input);
    }

    private final ResourceChanges changes;
    private final String operationKey;
    private final String eventType;
    private final Function<I, String> resourceId;
    private final Normalizer<I, P> normalizer;
    private final BiFunction<Resource.Draft, P, Resource.Draft> apply;

    ConfigureProfileHandler(ResourceChanges changes, String operationKey, String eventType,
                            Function<I, String> resourceId, Normalizer<I, P> normalizer,
                            BiFunction<Resource.Draft, P, Resource.Draft> apply) {
        this.changes = changes;
        this.operationKey = operationKey;
        this.eventType = eventType;
        this.resourceId = resourceId;
        this.normalizer = normalizer;
        this.apply = apply;
    }

    @Override
    public IdOutput handle(I input, Actor actor) {
        Validation v = new Validation();
        P profile = normalizer.normalize(v, input);
        v.throwIfInvalid();
        return changes.apply(actor, operationKey, resourceId.apply(input), eventType, Map.of(),
                (resource, uow) -> resource.change(draft -> apply.apply(draft, profile)),
                resource -> new IdOutput(resource.id()));
    }
}

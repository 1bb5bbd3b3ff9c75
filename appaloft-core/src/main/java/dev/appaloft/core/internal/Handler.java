package dev.appaloft.core.internal;

import dev.appaloft.api.Actor;

/** The code behind one operation. */
@FunctionalInterface
public interface Handler<I, O> {

    O handle(I input, Actor actor);
}

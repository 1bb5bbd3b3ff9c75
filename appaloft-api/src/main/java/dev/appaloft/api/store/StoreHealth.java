package dev.appaloft.api.store;

/** The readiness of a store: can it answer, and are its migrations applied. */
public record StoreHealth(boolean reachable, boolean migrated, String detail) {

    public boolean ready() {
        return reachable && migrated;
    }
}

package dev.appaloft.api.resources;

/** {@code resources.delete}: only an archived resource without blockers, confirmed by its slug. */
public record DeleteResourceInput(String resourceId, Confirmation confirmation, String idempotencyKey) {

    public record Confirmation(String resourceSlug) {
    }

    public static DeleteResourceInput confirmed(String resourceId, String slug) {
        return new DeleteResourceInput(resourceId, new Confirmation(slug), null);
    }
}

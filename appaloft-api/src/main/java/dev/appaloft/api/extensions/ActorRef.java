package dev.appaloft.api.extensions;

/** An actor as an extension point's caller describes it (free-form; recorded as given). */
public record ActorRef(String kind, String id, String userId, String email) {
}

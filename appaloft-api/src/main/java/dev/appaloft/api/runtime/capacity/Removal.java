package dev.appaloft.api.runtime.capacity;

/** How one removal went: removed, already gone, or refused by the engine (and why, in its words, trimmed). */
public record Removal(Outcome outcome, String reason) {

    public enum Outcome { REMOVED, ALREADY_GONE, REFUSED }

    public static Removal removed() {
        return new Removal(Outcome.REMOVED, null);
    }

    public static Removal alreadyGone() {
        return new Removal(Outcome.ALREADY_GONE, null);
    }

    public static Removal refused(String reason) {
        String text = reason == null ? "refused" : reason.strip();
        return new Removal(Outcome.REFUSED, text.length() > 300 ? text.substring(0, 300) : text);
    }
}

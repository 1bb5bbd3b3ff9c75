package dev.appaloft.core.sources;

import dev.appaloft.api.sources.SourceEventKind;
import java.util.Optional;

/**
 * A pushed git ref: {@code refs/heads/<branch>} is a push, {@code refs/tags/<tag>} a tag; a bare
 * name is taken as a branch. Names follow git's check-ref-format rules closely enough that nothing
 * odd (spaces, {@code ..}, control characters, {@code @{}) reaches a fingerprint or a log.
 */
public record GitRef(SourceEventKind kind, String name) {

    static final String HEADS = "refs/heads/";
    static final String TAGS = "refs/tags/";
    static final int MAX_LENGTH = 255;

    /** The ref, or empty when it is not a branch or tag ref git would accept. */
    public static Optional<GitRef> parse(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        String value = ref.strip();
        SourceEventKind kind = SourceEventKind.PUSH;
        if (value.startsWith(HEADS)) {
            value = value.substring(HEADS.length());
        } else if (value.startsWith(TAGS)) {
            value = value.substring(TAGS.length());
            kind = SourceEventKind.TAG;
        } else if (value.startsWith("refs/")) {
            return Optional.empty(); // pull request and note refs do not deploy
        }
        return validName(value) ? Optional.of(new GitRef(kind, value)) : Optional.empty();
    }

    /** The full ref name as git writes it. */
    public String fullName() {
        return (kind == SourceEventKind.TAG ? TAGS : HEADS) + name;
    }

    static boolean validName(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || name.startsWith("/") || name.endsWith("/")
                || name.endsWith(".") || name.endsWith(".lock") || name.contains("..") || name.contains("//")
                || name.contains("@{") || name.equals("@")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '~' || c == '^' || c == ':' || c == '?' || c == '*' || c == '['
                    || c == '\\') {
                return false;
            }
        }
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}

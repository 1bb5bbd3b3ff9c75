package dev.appaloft.api.artifacts;

import java.util.regex.Pattern;

/** The rule every artifact key follows, so no key escapes the store's root. */
public final class ArtifactKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~@+-]{1,200}");

    private ArtifactKeys() {
    }

    /** Whether {@code key} is segments of {@code [A-Za-z0-9._~@+-]} (none {@code .} or {@code ..}) joined by {@code /}. */
    public static boolean valid(String key) {
        if (key == null || key.isEmpty() || key.length() > 1024) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** {@code key} when valid; otherwise an {@link IllegalArgumentException}. */
    public static String require(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("not an artifact key: " + key);
        }
        return key;
    }
}

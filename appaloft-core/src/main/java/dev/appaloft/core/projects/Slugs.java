package dev.appaloft.core.projects;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** URL- and host-safe slugs derived from display names. */
public final class Slugs {

    static final int MAX_LENGTH = 63;

    private Slugs() {
    }

    /**
     * Lowercase ASCII letters, digits and single dashes; accents are folded ("Café" -> "cafe").
     * A name with no such characters (e.g. only CJK) gets a stable hash-based slug instead of an
     * empty one. At most 63 characters, so a slug can be a DNS label.
     */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        if (end == 0) {
            return "p-" + Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 10);
        }
        return out.substring(0, end);
    }
}

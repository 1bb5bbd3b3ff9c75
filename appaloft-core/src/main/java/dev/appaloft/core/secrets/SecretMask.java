package dev.appaloft.core.secrets;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for keeping secret values out of text shown to users (deployment logs, runtime
 * logs, diagnostics): every occurrence of a known value becomes {@value #MASK}. Values shorter
 * than three characters are left alone (masking "1" would mangle every line without hiding
 * anything), and longer values go first so a secret that contains another is masked whole.
 */
public final class SecretMask {

    public static final String MASK = "********";
    public static final SecretMask NONE = new SecretMask(List.of());

    private final List<String> secrets;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
    }

    public static SecretMask of(Collection<String> values) {
        List<String> kept = values.stream().filter(Objects::nonNull).filter(v -> v.length() >= 3).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
        return kept.isEmpty() ? NONE : new SecretMask(kept);
    }

    /** The text with every secret value masked, and whether there was any. */
    public Masked apply(String text) {
        String out = text;
        boolean masked = false;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
                masked = true;
            }
        }
        return new Masked(out, masked);
    }

    /** How many values this mask hides. */
    public int size() {
        return secrets.size();
    }

    public record Masked(String text, boolean masked) {
    }
}

package dev.appaloft.core.config;

import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.core.internal.Validation;
import java.util.regex.Pattern;

/** The rules every variable write follows, for environments and (later) resources alike. */
public final class VariableRules {

    /** Names a process environment can carry: no '=', no spaces, not starting with a digit. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private VariableRules() {
    }

    /**
     * Checks key, value and exposure. Build-time values end up inside images, so their keys must
     * carry a {@code PUBLIC_} or {@code VITE_} prefix and they cannot be secret.
     */
    public static void check(Validation v, String key, String value, VariableKind kind, VariableExposure exposure,
                             boolean secret, int maxKey, int maxValue) {
        v.required("key", key).required("value", value).required("kind", kind).required("exposure", exposure);
        if (key != null) {
            v.check(key.length() <= maxKey && KEY.matcher(key).matches(), "key",
                    "key must start with a letter or '_' and contain only letters, digits, '_', '.' or '-'");
        }
        if (value != null) {
            v.check(value.length() <= maxValue, "value", "value must be at most " + maxValue + " characters");
        }
        if (exposure == VariableExposure.BUILD_TIME && key != null) {
            v.check(key.startsWith("PUBLIC_") || key.startsWith("VITE_"), "key",
                    "build-time variables must start with PUBLIC_ or VITE_");
            v.check(!secret, "isSecret", "build-time variables cannot be secret: they end up in the image");
        }
    }

    /** A secret kind is always secret, whatever the flag says: never show it by accident. */
    public static boolean isSecret(VariableKind kind, Boolean flag) {
        return kind == VariableKind.SECRET || Boolean.TRUE.equals(flag);
    }
}

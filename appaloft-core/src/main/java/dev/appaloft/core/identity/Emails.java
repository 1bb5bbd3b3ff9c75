package dev.appaloft.core.identity;

import dev.appaloft.core.internal.Validation;
import java.util.regex.Pattern;

/** Email addresses as the spec accepts them. */
final class Emails {

    private static final Pattern EMAIL = Pattern.compile(
            "^(?!\\.)(?!.*\\.\\.)([A-Za-z0-9_'+\\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$");

    private Emails() {
    }

    static String check(Validation v, String field, String email) {
        if (email == null) {
            v.required(field, "string");
            return null;
        }
        String trimmed = email.strip();
        boolean ok = trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches();
        v.check(ok, field, field + " must be an email address");
        return ok ? User.normalize(trimmed) : null;
    }
}

package dev.appaloft.core.identity;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.internal.Validation;
import java.util.regex.Pattern;

/** Organization slugs: lowercase words joined by single dashes, unique on the instance. */
final class OrganizationSlugs {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    private OrganizationSlugs() {
    }

    static String check(Validation v, String field, String slug) {
        if (slug == null) {
            return null;
        }
        boolean ok = slug.length() <= 80 && SLUG.matcher(slug).matches();
        v.check(ok, field, field + " must be lowercase letters and digits joined by single dashes (at most 80)");
        return ok ? slug : null;
    }

    static AppaloftException taken(String slug) {
        return new AppaloftException(IdentityErrors.ORGANIZATION_SLUG_CONFLICT,
                "an organization with the slug \"" + slug + "\" already exists");
    }
}

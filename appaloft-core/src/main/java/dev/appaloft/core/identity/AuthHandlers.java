package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.identity.BootstrapFirstAdminInput;
import dev.appaloft.api.identity.BootstrapStatus;
import dev.appaloft.api.identity.BootstrapStatusInput;
import dev.appaloft.api.identity.FirstAdminBootstrapped;
import dev.appaloft.api.identity.LoginMethod;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.Slugs;
import java.util.List;
import java.util.Map;

/** {@code auth.bootstrapStatus} and {@code auth.bootstrapFirstAdmin}: the first admin, once. */
final class AuthHandlers {

    static final String LOGIN_URL = "/login";

    private final CoreContext ctx;
    private final Passwords passwords;

    AuthHandlers(CoreContext ctx, Passwords passwords) {
        this.ctx = ctx;
        this.passwords = passwords;
    }

    BootstrapStatus status(BootstrapStatusInput input, Actor actor) {
        return ctx.read(r -> {
            boolean required = !hasUsers(r);
            Organization org = IdentityRepository.ORGANIZATIONS.find(r, BuiltInOrganization.ID).map(Versioned::value)
                    .orElse(null);
            boolean named = org != null && org.named();
            return new BootstrapStatus(required, !required, named, LoginMethod.offered(), null,
                    required ? null : LOGIN_URL, named ? org.id() : null, named ? org.slug() : null,
                    required ? List.of("create the first admin: POST /api/bootstrap/auth/first-admin")
                            : List.of("sign in: POST /api/auth/sign-in/email"));
        });
    }

    FirstAdminBootstrapped bootstrap(BootstrapFirstAdminInput input, Actor actor) {
        if (ctx.read(AuthHandlers::hasUsers)) {
            throw disabled();
        }
        Validation v = new Validation();
        String email = Emails.check(v, "email", input.email());
        String displayName = v.text("displayName", input.displayName(), 120);
        if (input.password() != null) {
            Passwords.check(v, "password", input.password());
        }
        String orgName = v.optionalText("organizationName", input.organizationName(), 120);
        String orgSlug = OrganizationSlugs.check(v, "organizationSlug", input.organizationSlug());
        v.throwIfInvalid();
        String generated = input.password() == null ? Passwords.generate() : null;
        String hash = passwords.hash(generated != null ? generated : input.password());
        return ctx.command(actor, "auth.bootstrapFirstAdmin", uow -> {
            // the built-in organization's update is the guard: two bootstraps at once conflict on
            // its version, and the retry sees the first admin and is refused
            if (hasUsers(uow.tx())) {
                throw disabled();
            }
            Versioned<Organization> org = IdentityRepository.ORGANIZATIONS.find(uow.tx(), BuiltInOrganization.ID)
                    .orElseThrow(() -> new IllegalStateException("the built-in organization is missing"));
            String name = orgName != null ? orgName : org.value().name();
            String slug = orgSlug != null ? orgSlug : orgName != null ? Slugs.of(orgName) : org.value().slug();
            Organization named = org.value().profile(name, slug, org.value().logoUrl(), uow.now());
            try {
                IdentityRepository.ORGANIZATIONS.update(uow.tx(), org, named, uow.now());
            } catch (StoreConflictException e) {
                if (e.kind() == StoreConflictException.Kind.UNIQUE_KEY) {
                    throw OrganizationSlugs.taken(slug);
                }
                throw e;
            }
            User user = User.create(Ids.next("usr"), email, displayName, hash, uow.now());
            IdentityRepository.USERS.insert(uow.tx(), user, uow.now());
            Memberships.join(uow, user.id(), org.value().id(), Actor.Role.OWNER);
            uow.event("first-admin.bootstrapped", user.id(), Map.of("email", user.email(),
                    "organizationId", org.value().id(), "passwordGenerated", generated != null));
            return new FirstAdminBootstrapped(false, true, user.email(), LoginMethod.offered(), org.value().id(),
                    slug, user.id(), generated, LOGIN_URL);
        });
    }

    private static boolean hasUsers(StoreReader reader) {
        return IdentityRepository.USERS.count(reader, DocumentQuery.all()) > 0;
    }

    private static AppaloftException disabled() {
        return new AppaloftException(IdentityErrors.FIRST_ADMIN_BOOTSTRAP_DISABLED,
                "the first admin exists already; sign in instead");
    }
}

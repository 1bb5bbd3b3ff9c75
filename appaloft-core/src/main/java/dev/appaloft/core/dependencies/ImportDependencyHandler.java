package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.DependencyCapability;
import dev.appaloft.api.dependencies.ImportDependencyResourceInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.Slugs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code dependencyResources.import}: records a database that lives elsewhere so resources can bind
 * it. Its URL is parsed and checked against the kind; the password (in the URL or as
 * {@code connectionSecret}) is sealed and the URL kept without it. Nothing is started or reached:
 * whether the servers can reach it shows when a deployment connects.
 */
final class ImportDependencyHandler implements Handler<ImportDependencyResourceInput, IdOutput> {

    /** The provider key of an imported database: no provider runs it. */
    static final String EXTERNAL = "external";

    private final CoreContext ctx;

    ImportDependencyHandler(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** An import whose input and records are checked; the password still in the clear, sealed on commit. */
    record Checked(ImportDependencyResourceInput in, String projectId, String environmentId, String name, String slug,
                   String description, List<DependencyCapability> capabilities, String retentionReason,
                   ExternalConnection connection, String password) {
    }

    @Override
    public IdOutput handle(ImportDependencyResourceInput in, Actor actor) {
        return record(check(in, actor), actor, "dependencyResources.import", (uow, id) -> Map.of());
    }

    Checked check(ImportDependencyResourceInput in, Actor actor) {
        Validation v = new Validation();
        v.required("kind", in.kind());
        String projectId = v.text("projectId", in.projectId(), 200);
        String environmentId = v.text("environmentId", in.environmentId(), 200);
        String name = v.text("name", in.name(), 120);
        String url = v.text("connectionUrl", in.connectionUrl(), 2000);
        String description = v.optionalText("description", in.description(), 2000);
        String secret = in.connectionSecret();
        if (secret != null) {
            v.check(!secret.isEmpty() && secret.length() <= 1000, "connectionSecret",
                    "connectionSecret is 1 to 1000 characters");
            v.check(secret.chars().noneMatch(Character::isISOControl), "connectionSecret",
                    "connectionSecret holds no control characters");
        }
        String reason = in.backupRelationship() == null ? null
                : v.optionalText("backupRelationship.reason", in.backupRelationship().reason(), 500);
        v.throwIfInvalid();
        if (in.secretRef() != null) {
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "secretRef is not read yet: no external secret "
                    + "store is connected; give the password in connectionUrl or as connectionSecret",
                    List.of(Issue.custom("secretRef", "no external secret store is connected")), Map.of(), null);
        }
        ExternalConnection connection = ExternalConnection.parse(v, "connectionUrl", in.kind(), url);
        List<DependencyCapability> capabilities = ProvisionDependencyHandler.capabilities(v, in.kind(),
                in.capabilities());
        v.throwIfInvalid();
        if (connection.password() != null && secret != null) {
            throw AppaloftException.validation("connectionSecret", "the connection URL already carries a password; "
                    + "give it once");
        }
        String slug = Slugs.of(name);
        ctx.read(r -> {
            ProvisionDependencyHandler.admit(r, actor, projectId, environmentId, slug);
            return null;
        });
        return new Checked(in, projectId, environmentId, name, slug, description, capabilities, reason, connection,
                secret != null ? secret : connection.password());
    }

    /** Records the import in one command under {@code auditKey}, with what the caller writes in the same transaction (and adds to its one event). */
    IdOutput record(Checked c, Actor actor, String auditKey, BiFunction<UnitOfWork, String, Map<String, Object>> alsoInTx) {
        ExternalConnection conn = c.connection();
        String id = Ids.next("dep");
        java.time.Instant now = ctx.now();
        DependencyResource resource = new DependencyResource(id, actor.organizationId(), c.projectId(),
                c.environmentId(), null, c.name(), c.slug(), c.in().kind(), EXTERNAL, c.description(), c.capabilities(),
                List.of(), c.in().backupRelationship() != null
                        && Boolean.TRUE.equals(c.in().backupRelationship().retentionRequired()), c.retentionReason(),
                DependencyResource.READY, new DependencyResource.Realization("ready", Ids.next("dpa"), now, null, null,
                        null, now),
                new DependencyResource.Credentials(conn.host(), conn.port(), conn.user(), conn.database(),
                        c.password() == null ? null : ctx.secrets().seal(c.password())), now, null,
                new DependencyResource.External(conn.scheme(), conn.query()));
        return ctx.command(actor, auditKey, uow -> {
            DependencyRepository.RESOURCES.insert(uow.tx(), resource, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("projectId", c.projectId());
            payload.put("environmentId", c.environmentId());
            payload.put("kind", c.in().kind().wire());
            payload.put("name", c.name());
            payload.put("host", conn.host());
            payload.putAll(alsoInTx.apply(uow, id));
            uow.event("dependency-resource-imported", id, payload);
            return new IdOutput(id);
        });
    }
}

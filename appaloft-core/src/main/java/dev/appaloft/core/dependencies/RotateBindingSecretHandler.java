package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.RotateBindingSecretInput;
import dev.appaloft.api.dependencies.SecretRotated;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.CommandResult;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeInstance;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code resources.dependencyBindings.rotateSecret}: a new password for the bound database, set in
 * the database first (inside its container, as a verifier: the password never crosses a command
 * line), then sealed in the store. The password belongs to the database, so every active binding of
 * it moves to the new version; their resources' running containers keep the old one, which the
 * database now refuses, until they are redeployed (each binding's snapshotReadiness says so).
 */
final class RotateBindingSecretHandler implements Handler<RotateBindingSecretInput, SecretRotated> {

    private static final Logger LOG = LoggerFactory.getLogger(RotateBindingSecretHandler.class);
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(30);

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;

    RotateBindingSecretHandler(CoreContext ctx, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.runtimes = runtimes;
    }

    @Override
    public SecretRotated handle(RotateBindingSecretInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String bindingId = v.text("bindingId", in.bindingId(), 200);
        v.check(Boolean.TRUE.equals(in.confirmHistoricalSnapshotsRemainUnchanged()),
                "confirmHistoricalSnapshotsRemainUnchanged", "confirmHistoricalSnapshotsRemainUnchanged must be true:"
                        + " deployments already made keep the connection they started with");
        String given = in.secretValue();
        if (given != null) {
            v.check(given.length() >= 12 && given.length() <= 128, "secretValue",
                    "secretValue is 12 to 128 characters");
            v.check(given.chars().noneMatch(Character::isISOControl), "secretValue",
                    "secretValue holds no control characters");
        }
        v.throwIfInvalid();
        Context found = ctx.read(r -> {
            DependencyBinding binding = DependencyBindingHandlers.require(r, actor.organizationId(), resourceId,
                    bindingId).value();
            if (!binding.isActive()) {
                throw AppaloftException.validation("bindingId", "binding " + bindingId + " is removed");
            }
            DependencyResource d = DependencyRepository.requireLive(r, actor.organizationId(),
                    binding.dependencyResourceId()).value();
            if (in.secretRef() != null && !in.secretRef().equals(DependencyViews.secretRef(d.id()))) {
                throw AppaloftException.validation("secretRef", "secretRef must be the binding's own ("
                        + DependencyViews.secretRef(d.id()) + "): no other secret store is read");
            }
            Server server = d.isImported() ? null : ServerRepository.require(r, actor.organizationId(),
                    d.serverId()).value();
            return new Context(d, server);
        });
        DependencyResource d = found.dependency();
        if (d.isImported()) {
            // Appaloft cannot change a password where the database lives: it records the new one
            if (given == null) {
                throw AppaloftException.validation("secretValue", "an imported database's password is changed where "
                        + "the database lives; give the new one as secretValue");
            }
            return commit(actor, resourceId, bindingId, d, given);
        }
        if (given != null && d.kind() == DependencyKind.REDIS && !given.matches("[^\\s\"'\\\\]+")) {
            // its config file keeps the password as a bare word
            throw AppaloftException.validation("secretValue", "a Redis password holds no spaces, quotes or"
                    + " backslashes");
        }
        DeploymentRuntime runtime = runtimes.require(found.server().providerKey(), found.server().id());
        RuntimeInstance instance = runtime.find(Map.of(PostgresProvisioner.LABEL, d.id())).stream().findFirst()
                .orElseThrow(() -> failed("the database container of " + d.id() + " is not on its server"));
        String password = given != null ? given : ProvisionDependencyHandler.password();
        String previous = ctx.secrets().open(d.credentials().sealedPassword());
        setPassword(runtime, instance, d, previous, password);
        try {
            return commit(actor, resourceId, bindingId, d, password);
        } catch (RuntimeException e) {
            // the store kept the old password: the database goes back to it
            try {
                setPassword(runtime, instance, d, password, previous);
            } catch (RuntimeException restore) {
                LOG.error("could not restore the previous password of {} after a failed rotation: {}", d.id(),
                        restore.toString());
            }
            throw e;
        }
    }

    /** The new password sealed, and every active binding of the database a secret version further. */
    private SecretRotated commit(Actor actor, String resourceId, String bindingId, DependencyResource d,
                                 String password) {
        return ctx.command(actor, "resources.dependencyBindings.rotateSecret", uow -> {
            Versioned<DependencyResource> current = DependencyRepository.requireLive(uow.tx(),
                    actor.organizationId(), d.id());
            DependencyRepository.RESOURCES.update(uow.tx(), current,
                    current.value().withSealedPassword(ctx.secrets().seal(password)), uow.now());
            DependencyBinding rotated = null;
            List<String> resources = new java.util.ArrayList<>();
            for (DependencyBinding b : DependencyRepository.activeBindings(uow.tx(), actor.organizationId(),
                    "dependency_resource_id", d.id())) {
                Versioned<DependencyBinding> vb = DependencyRepository.BINDINGS.require(uow.tx(),
                        actor.organizationId(), b.id());
                DependencyBinding next = vb.value().rotated(uow.now());
                DependencyRepository.BINDINGS.update(uow.tx(), vb, next, uow.now());
                resources.add(b.resourceId());
                if (b.id().equals(bindingId)) {
                    rotated = next;
                }
            }
            if (rotated == null) {
                throw AppaloftException.validation("bindingId", "binding " + bindingId + " was removed meanwhile");
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("bindingId", bindingId);
            payload.put("dependencyResourceId", d.id());
            payload.put("secretVersion", DependencyBinding.version(rotated.secretVersion()));
            payload.put("redeployRequiredResourceIds", resources.stream().distinct().toList());
            uow.event("resource-dependency-binding-secret-rotated", resourceId, payload);
            return new SecretRotated(bindingId, Timestamps.format(rotated.rotatedAt()),
                    DependencyBinding.version(rotated.secretVersion()));
        });
    }

    private record Context(DependencyResource dependency, Server server) {
    }

    /** The database's password changed from {@code current} (MySQL logs in with it) to {@code password}. */
    static void setPassword(DeploymentRuntime runtime, RuntimeInstance instance, DependencyResource d, String current,
                            String password) {
        if (d.kind() == DependencyKind.MYSQL) {
            MysqlDumps.setPassword(runtime, instance, d, current, password);
            return;
        }
        if (d.kind() == DependencyKind.REDIS) {
            RedisDumps.setPassword(runtime, instance, password);
            return;
        }
        if (d.kind() != DependencyKind.POSTGRES) {
            throw new AppaloftException(ErrorCode.NOT_IMPLEMENTED, "rotating the secret of a " + d.kind().wire()
                    + " database is not implemented");
        }
        // the verifier is base64 and '$'/':' only: safe inside a SQL literal
        String sql = "alter user \"" + d.credentials().user() + "\" with password '" + ScramVerifier.of(password) + "'";
        CommandResult result = runtime.exec(instance, List.of("psql", "-v", "ON_ERROR_STOP=1", "-qtA", "-U",
                d.credentials().user(), "-d", d.credentials().database(), "-c", sql), EXEC_TIMEOUT);
        if (!result.succeeded()) {
            throw failed("the database refused the new password: " + result.stderr().strip());
        }
    }

    private static AppaloftException failed(String message) {
        return new AppaloftException(ErrorCode.DEPENDENCY_SECRET_ROTATION_FAILED, message);
    }
}

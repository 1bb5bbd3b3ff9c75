package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.DependencyCapability;
import dev.appaloft.api.dependencies.DependencyKind;
import dev.appaloft.api.dependencies.ProvisionDependencyResourceInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.runtime.DeploymentRuntime;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.servers.Server;
import dev.appaloft.core.servers.ServerRepository;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dependencyResources.provision}: a managed Postgres, Redis or MySQL on one server of the organization,
 * running and accepting connections before the record is written (so a failure leaves neither a
 * record nor a container behind). The generated password is sealed at once; only its reference
 * and a masked URL are ever answered. Other kinds answer {@code dependency_kind_unsupported}.
 */
final class ProvisionDependencyHandler implements Handler<ProvisionDependencyResourceInput, IdOutput> {

    static final String USER = "appaloft";
    private static final java.util.Set<DependencyKind> SUPPORTED = java.util.EnumSet.of(DependencyKind.POSTGRES,
            DependencyKind.REDIS, DependencyKind.MYSQL);
    private static final String IDENTIFIER = "[a-z][a-z0-9_-]{0,62}";
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CoreContext ctx;
    private final DeploymentRuntimes runtimes;
    private final DependencyImages images;
    private final PostgresProvisioner postgres;

    ProvisionDependencyHandler(CoreContext ctx, DeploymentRuntimes runtimes, DependencyImages images,
                               PostgresProvisioner postgres) {
        this.ctx = ctx;
        this.runtimes = runtimes;
        this.images = images;
        this.postgres = postgres;
    }

    /** The image a database of {@code kind} runs. */
    String image(DependencyKind kind) {
        return images.of(kind);
    }

    /** What a provision needs once its input and the organization's records are checked; nothing started yet. */
    record Checked(ProvisionDependencyResourceInput in, DependencyKind kind, String projectId, String environmentId,
                   String name, String slug, String description, List<DependencyCapability> capabilities,
                   String retentionReason, Server server) {
    }

    @Override
    public IdOutput handle(ProvisionDependencyResourceInput in, Actor actor) {
        return provision(check(in, actor), actor, "dependencyResources.provision", (uow, id) -> Map.of());
    }

    /** Every check a provision makes before it starts anything: a plan of it answers the same errors. */
    Checked check(ProvisionDependencyResourceInput in, Actor actor) {
        Validation v = new Validation();
        v.required("kind", in.kind());
        String projectId = v.text("projectId", in.projectId(), 200);
        String environmentId = v.text("environmentId", in.environmentId(), 200);
        String name = v.text("name", in.name(), 120);
        String description = v.optionalText("description", in.description(), 2000);
        String providerKey = v.optionalText("providerKey", in.providerKey(), 200);
        String reason = in.backupRelationship() == null ? null
                : v.optionalText("backupRelationship.reason", in.backupRelationship().reason(), 500);
        v.throwIfInvalid();
        if (!SUPPORTED.contains(in.kind())) {
            throw new AppaloftException(ErrorCode.DEPENDENCY_KIND_UNSUPPORTED, "this control plane provisions "
                    + "postgres, redis and mysql so far; " + in.kind().wire() + " is not supported yet",
                    List.of(Issue.custom("kind", "kind " + in.kind().wire() + " is not supported yet")),
                    Map.of("kind", in.kind().wire(), "supportedKinds", List.of("postgres", "redis", "mysql")), null);
        }
        DependencyKind kind = in.kind();
        List<DependencyCapability> capabilities = capabilities(v, kind, in.capabilities());
        v.throwIfInvalid();
        if (Validation.filter(in.serverId()) == null) {
            throw AppaloftException.validation("serverId", "serverId names the server the database runs on");
        }
        String slug = Slugs.of(name);
        Server server = ctx.read(r -> {
            admit(r, actor, projectId, environmentId, slug);
            return ServerRepository.require(r, actor.organizationId(), in.serverId().strip()).value();
        });
        if (providerKey != null && !providerKey.equals(server.providerKey())) {
            throw AppaloftException.validation("providerKey", "providerKey must be the server's provider ("
                    + server.providerKey() + ")");
        }
        runtimes.require(server.providerKey(), server.id());
        return new Checked(in, kind, projectId, environmentId, name, slug, description, capabilities, reason, server);
    }

    /**
     * Starts the database and records it in one command under {@code auditKey}; {@code alsoInTx}
     * writes what the caller records with it (a plan's outcome) in the same transaction, and
     * answers what its one event adds to the payload.
     */
    IdOutput provision(Checked c, Actor actor, String auditKey, java.util.function.BiFunction<
            dev.appaloft.core.internal.UnitOfWork, String, Map<String, Object>> alsoInTx) {
        ProvisionDependencyResourceInput in = c.in();
        DependencyKind kind = c.kind();
        String projectId = c.projectId();
        String environmentId = c.environmentId();
        String name = c.name();
        String slug = c.slug();
        String description = c.description();
        List<DependencyCapability> capabilities = c.capabilities();
        String reason = c.retentionReason();
        Server server = c.server();
        DeploymentRuntime runtime = runtimes.require(server.providerKey(), server.id());

        String id = Ids.next("dep");
        String suffix = id.substring(id.indexOf('_') + 1).toLowerCase(Locale.ROOT);
        boolean redis = kind == DependencyKind.REDIS;
        // Redis: the default user and logical database 0
        String user = redis ? "default" : USER;
        String database = redis ? "0" : slug.replace('-', '_');
        String password = password();
        Map<String, String> labels = Map.of(PostgresProvisioner.LABEL, id, "appaloft.dependency-kind", kind.wire(),
                "appaloft.project", projectId, "appaloft.environment", environmentId);
        PostgresProvisioner.Plan plan = new PostgresProvisioner.Plan("appaloft-dep-" + slug + "-" + suffix,
                "appaloft-" + id + "-data", images.of(kind), labels, user, database, password,
                capabilities, DependencyNetworks.forDatabase(environmentId, slug), kind);
        Instant attemptedAt = ctx.now();
        PostgresProvisioner.Realized realized = postgres.provision(runtime, plan);
        boolean degraded = realized.readbacks().stream()
                .anyMatch(rb -> rb.required() && !"satisfied".equals(rb.status()));
        DependencyResource resource = new DependencyResource(id, actor.organizationId(), projectId, environmentId,
                server.id(), name, slug, kind, server.providerKey(), description, capabilities,
                realized.readbacks(), in.backupRelationship() != null
                        && Boolean.TRUE.equals(in.backupRelationship().retentionRequired()), reason,
                degraded ? DependencyResource.DEGRADED : DependencyResource.READY,
                new DependencyResource.Realization("ready", Ids.next("dpa"), attemptedAt, realized.instance().name(),
                        realized.volume(), plan.image(), realized.readyAt()),
                // the alias on the environment's network and the container port: stable across restarts
                new DependencyResource.Credentials(plan.network().aliases().get(0), DatabaseKinds.port(kind), user, database,
                        ctx.secrets().seal(password)), attemptedAt, null, null);
        try {
            return ctx.command(actor, auditKey, uow -> {
                DependencyRepository.RESOURCES.insert(uow.tx(), resource, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("projectId", projectId);
                payload.put("environmentId", environmentId);
                payload.put("serverId", server.id());
                payload.put("kind", kind.wire());
                payload.put("name", name);
                payload.put("image", plan.image());
                payload.put("lifecycleStatus", resource.lifecycleStatus());
                payload.putAll(alsoInTx.apply(uow, id));
                uow.event("dependency-resource-provisioned", id, payload);
                return new IdOutput(id);
            });
        } catch (RuntimeException e) {
            // e.g. the slug was taken meanwhile: the database just made goes again
            PostgresProvisioner.remove(runtime, realized.instance(), realized.volume(), RuntimeLog.DISCARD);
            throw e;
        }
    }

    /** The project is active, the environment is its own and open to changes, and the name is free there. */
    static void admit(dev.appaloft.api.store.StoreReader r, Actor actor, String projectId, String environmentId,
                      String slug) {
        ProjectRepository.require(r, actor.organizationId(), projectId).value().ensureActive();
        Environment env = EnvironmentRepository.require(r, actor.organizationId(), environmentId).value();
        if (!env.projectId().equals(projectId)) {
            throw AppaloftException.validation("environmentId",
                    "environment " + env.id() + " does not belong to project " + projectId);
        }
        env.ensureCanAcceptMutation();
        if (DependencyRepository.RESOURCES.findByKey(r, DependencyRepository.slugKey(environmentId, slug)).isPresent()) {
            throw DependencyRepository.slugTaken(environmentId, slug);
        }
    }

    static List<DependencyCapability> capabilities(Validation v, DependencyKind kind,
                                                           List<DependencyCapability> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (kind != DependencyKind.POSTGRES) {
            v.check(false, "capabilities", "a " + kind.wire() + " database takes no capabilities (modules are not"
                    + " provisioned)");
            return List.of();
        }
        List<DependencyCapability> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DependencyCapability c = given.get(i);
            List<Object> at = List.of("capabilities", i);
            if (c == null) {
                v.check(false, at, "capabilities must not hold null");
                continue;
            }
            v.check(DependencyCapability.POSTGRES_EXTENSION.equals(c.type()), List.of("capabilities", i, "type"),
                    "a postgres database takes postgres-extension capabilities only");
            v.check(c.name() != null && c.name().matches(IDENTIFIER), List.of("capabilities", i, "name"),
                    "an extension name is lowercase letters, digits, '_' and '-', starting with a letter");
            out.add(new DependencyCapability(c.type(), c.name(), !Boolean.FALSE.equals(c.required()), c.description()));
        }
        return out;
    }

    static String password() {
        StringBuilder out = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}

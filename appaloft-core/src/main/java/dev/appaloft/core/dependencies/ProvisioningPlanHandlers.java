package dev.appaloft.core.dependencies;

import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_IMPORT;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_PROVISIONING_PLAN;
import static dev.appaloft.api.catalog.DependencyOperations.DEPENDENCY_RESOURCES_PROVISIONING_STATUS;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.dependencies.AcceptDependencyProvisioningInput;
import dev.appaloft.api.dependencies.DependencyProvisioningPlan;
import dev.appaloft.api.dependencies.ImportDependencyResourceInput;
import dev.appaloft.api.dependencies.PlanDependencyProvisioningInput;
import dev.appaloft.api.dependencies.ShowDependencyProvisioningInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dependencyResources.import} and the provisioning plans: a plan runs every check of the
 * provision or import it stands for and changes nothing; accepting it checks again and carries it
 * out, recording the outcome on the plan in the same command (one audit event). A failure to
 * carry it out is the plan's {@code failed} status with the error's code, not an error answer.
 */
public final class ProvisioningPlanHandlers {

    static final Repository<ProvisioningPlan> PLANS = Repository
            .of(StoreCollections.DEPENDENCY_PROVISIONING_PLANS, ProvisioningPlan.class)
            .id(ProvisioningPlan::id).createdAt(ProvisioningPlan::requestedAt)
            .organization(ProvisioningPlan::organizationId)
            .index(p -> dev.appaloft.api.store.DocumentIndex.NONE.with(dev.appaloft.api.store.IndexFields.STATUS,
                    p.status()))
            .notFound(id -> AppaloftException.notFound("provisioning plan", id))
            .build();
    private static final String ACCEPT = "dependencyResources.provisioning.accept";

    private final CoreContext ctx;
    private final ProvisionDependencyHandler provision;
    private final ImportDependencyHandler importer;

    private ProvisioningPlanHandlers(CoreContext ctx, ProvisionDependencyHandler provision,
                                     ImportDependencyHandler importer) {
        this.ctx = ctx;
        this.provision = provision;
        this.importer = importer;
    }

    static void register(HandlerRegistry registry, CoreContext ctx, ProvisionDependencyHandler provision) {
        ImportDependencyHandler importer = new ImportDependencyHandler(ctx);
        ProvisioningPlanHandlers h = new ProvisioningPlanHandlers(ctx, provision, importer);
        registry.register(DEPENDENCY_RESOURCES_IMPORT, importer)
                .register(DEPENDENCY_RESOURCES_PROVISIONING_PLAN, h::plan)
                .register(DEPENDENCY_RESOURCES_PROVISIONING_ACCEPT, h::accept)
                .register(DEPENDENCY_RESOURCES_PROVISIONING_STATUS, h::status);
    }

    DependencyProvisioningPlan plan(PlanDependencyProvisioningInput in, Actor actor) {
        Validation v = new Validation();
        v.required("mode", in.mode());
        v.throwIfInvalid();
        ProvisioningPlan plan = switch (in.mode()) {
            case "create" -> planCreate(in, actor);
            case "reuse" -> planReuse(in, actor);
            default -> throw AppaloftException.validation("mode", "mode is create or reuse");
        };
        return ctx.command(actor, "dependencyResources.provisioning.plan", uow -> {
            PLANS.insert(uow.tx(), plan, uow.now());
            uow.event("dependency-provisioning-planned", plan.id(), Map.of("mode", plan.mode(),
                    "kind", plan.kind().wire(), "environmentId", plan.environmentId(), "name", plan.name()));
            return view(plan);
        });
    }

    private ProvisioningPlan planCreate(PlanDependencyProvisioningInput in, Actor actor) {
        if (in.create() == null) {
            throw AppaloftException.validation("create", "a create plan takes the database to provision in create");
        }
        ProvisionDependencyHandler.Checked c = provision.check(in.create(), actor);
        List<String> summary = new ArrayList<>();
        summary.add("start " + provision.image(c.kind()) + " as a container on server " + c.server().name() + " ("
                + c.server().id() + "), on the environment's network only");
        summary.add("keep its data in a new named volume on that server");
        summary.add("generate a password, sealed at rest and never shown");
        if (!c.capabilities().isEmpty()) {
            summary.add("enable and check: " + String.join(", ", c.capabilities().stream().map(x -> x.name()).toList()));
        }
        return new ProvisioningPlan(Ids.next("dpp"), actor.organizationId(), "create", ProvisioningPlan.PLANNED,
                c.kind(), c.projectId(), c.environmentId(), c.name(), c.server().providerKey(), c.server().id(), null,
                c.capabilities(), summary, in.create(), null, null, ctx.now(), null, null, null, null, null);
    }

    private ProvisioningPlan planReuse(PlanDependencyProvisioningInput in, Actor actor) {
        if (in.reuse() == null) {
            throw AppaloftException.validation("reuse", "a reuse plan takes the database to import in reuse");
        }
        ImportDependencyHandler.Checked c = importer.check(in.reuse(), actor);
        ExternalConnection conn = c.connection();
        List<String> summary = new ArrayList<>();
        summary.add("record the " + in.reuse().kind().wire() + " database at " + conn.host() + ":" + conn.port()
                + "; nothing is started or changed there");
        summary.add(c.password() == null ? "it takes no password" : "seal its password; it is never shown");
        ImportDependencyResourceInput kept = new ImportDependencyResourceInput(in.reuse().kind(), c.projectId(),
                c.environmentId(), c.name(), conn.url(null), null, null, c.description(), c.capabilities(),
                in.reuse().backupRelationship());
        return new ProvisioningPlan(Ids.next("dpp"), actor.organizationId(), "reuse", ProvisioningPlan.PLANNED,
                in.reuse().kind(), c.projectId(), c.environmentId(), c.name(), ImportDependencyHandler.EXTERNAL, null,
                conn.url(c.password() == null ? null : DependencyViews.MASK), c.capabilities(), summary, null, kept,
                c.password() == null ? null : ctx.secrets().seal(c.password()), ctx.now(), null, null, null, null,
                null);
    }

    DependencyProvisioningPlan accept(AcceptDependencyProvisioningInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("planId", in.planId(), 200);
        v.check(Boolean.TRUE.equals(in.acknowledgeMutation()), "acknowledgeMutation",
                "acknowledgeMutation must be true: accepting creates the database the plan describes");
        v.throwIfInvalid();
        ProvisioningPlan plan = ctx.read(r -> PLANS.require(r, actor.organizationId(), id).value());
        if (!ProvisioningPlan.PLANNED.equals(plan.status())) {
            throw new AppaloftException(ErrorCode.DEPENDENCY_PROVISIONING_PLAN_CLOSED, "provisioning plan " + id
                    + " is " + plan.status() + " already; make a new plan", List.of(), Map.of("status", plan.status()),
                    null);
        }
        try {
            if (plan.mode().equals("create")) {
                ProvisionDependencyHandler.Checked c = provision.check(plan.create(), actor);
                provision.provision(c, actor, ACCEPT, (uow, resourceId) -> realize(uow, id, resourceId));
            } else {
                ImportDependencyResourceInput again = new ImportDependencyResourceInput(plan.reuse().kind(),
                        plan.reuse().projectId(), plan.reuse().environmentId(), plan.reuse().name(),
                        plan.reuse().connectionUrl(), null,
                        plan.sealedSecret() == null ? null : ctx.secrets().open(plan.sealedSecret()),
                        plan.reuse().description(), plan.reuse().capabilities(), plan.reuse().backupRelationship());
                importer.record(importer.check(again, actor), actor, ACCEPT,
                        (uow, resourceId) -> realize(uow, id, resourceId));
            }
        } catch (AppaloftException e) {
            if (e.code().equals(ErrorCode.DEPENDENCY_PROVISIONING_PLAN_CLOSED)) {
                throw e;
            }
            return ctx.command(actor, ACCEPT, uow -> {
                Versioned<ProvisioningPlan> current = PLANS.require(uow.tx(), actor.organizationId(), id);
                closedCheck(current.value());
                ProvisioningPlan failed = current.value().failed(uow.now(), e.code().code(), e.getMessage());
                PLANS.update(uow.tx(), current, failed, uow.now());
                uow.event("dependency-provisioning-failed", id, Map.of("failureCode", e.code().code()));
                return view(failed);
            });
        }
        return ctx.read(r -> view(PLANS.require(r, actor.organizationId(), id).value()));
    }

    /** The plan realized with the resource's record; the resource's one event names the plan. */
    private static Map<String, Object> realize(dev.appaloft.core.internal.UnitOfWork uow, String planId,
                                               String resourceId) {
        Versioned<ProvisioningPlan> current = PLANS.require(uow.tx(), uow.actor().organizationId(), planId);
        closedCheck(current.value()); // a concurrent accept won: this one's database goes again
        PLANS.update(uow.tx(), current, current.value().realized(uow.now(), resourceId), uow.now());
        return Map.of("provisioningPlanId", planId);
    }

    private static void closedCheck(ProvisioningPlan plan) {
        if (!ProvisioningPlan.PLANNED.equals(plan.status())) {
            throw new AppaloftException(ErrorCode.DEPENDENCY_PROVISIONING_PLAN_CLOSED, "provisioning plan "
                    + plan.id() + " was " + plan.status() + " meanwhile", List.of(), Map.of("status", plan.status()),
                    null);
        }
    }

    DependencyProvisioningPlan status(ShowDependencyProvisioningInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("planId", in.planId(), 200);
        v.throwIfInvalid();
        return ctx.read(r -> view(PLANS.require(r, actor.organizationId(), id).value()));
    }

    private DependencyProvisioningPlan view(ProvisioningPlan p) {
        return new DependencyProvisioningPlan(DependencyProvisioningPlan.SCHEMA_VERSION,
                new DependencyProvisioningPlan.Plan(p.id(), p.mode(), p.status(), p.kind(), p.projectId(),
                        p.environmentId(), p.name(), p.providerKey(), p.serverId(), p.endpoint(), p.capabilities(),
                        true, Timestamps.format(p.requestedAt()), format(p.acceptedAt()), format(p.completedAt()),
                        p.dependencyResourceId(), p.failureCode(), p.failureMessage(), p.summary()),
                Timestamps.format(ctx.now()));
    }

    private static String format(java.time.Instant at) {
        return at == null ? null : Timestamps.format(at);
    }
}

package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.running.ResourceHealth;
import dev.appaloft.api.resources.running.ResourceHealthHistory.Observation;
import dev.appaloft.api.resources.running.ResourceHealthInput;
import dev.appaloft.api.resources.running.RuntimeControlAttempt;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code resources.health}. {@code cached} (the default) answers the latest recorded observation
 * while it is younger than {@link #FRESH} and nothing happened since (no newer deployment, no
 * runtime control); otherwise the app is observed now. Every live observation is recorded in the
 * resource's health history.
 */
final class ResourceHealthHandler implements Handler<ResourceHealthInput, ResourceHealth> {

    static final Duration FRESH = Duration.ofSeconds(30);

    private final RunningApps apps;
    private final HealthObserver observer;

    ResourceHealthHandler(RunningApps apps) {
        this.apps = apps;
        this.observer = new HealthObserver(apps);
    }

    @Override
    public ResourceHealth handle(ResourceHealthInput in, Actor actor) {
        RunningApps.Snapshot snapshot = apps.load(actor, in.resourceId());
        String resourceId = snapshot.resource().id();
        RuntimeControlAttempt control = apps.ctx().read(r -> RuntimeControls.latestAttempt(r, resourceId)).orElse(null);
        boolean includeChecks = !Boolean.FALSE.equals(in.includeChecks());
        if (in.mode() != ResourceHealthInput.Mode.LIVE) {
            Optional<Observation> cached = apps.ctx().read(r -> HealthHistory.latest(r, resourceId))
                    .filter(o -> fresh(o, snapshot.facts(), control));
            if (cached.isPresent()) {
                return answer(cached.get().summary(), includeChecks);
            }
        }
        ResourceHealth observed = observer.observe(snapshot.resource(), snapshot.facts(), control,
                new HealthObserver.Scope(!Boolean.FALSE.equals(in.includeRuntimeProbe()),
                        Boolean.TRUE.equals(in.includePublicAccessProbe())));
        record(actor, observed);
        return answer(observed, includeChecks);
    }

    private boolean fresh(Observation o, DeploymentFacts facts, RuntimeControlAttempt control) {
        Instant observedAt = Instant.parse(o.observedAt());
        boolean afterControl = control == null || control.completedAt() == null
                || !observedAt.isBefore(Instant.parse(control.completedAt()));
        ResourceHealth.LatestDeployment seen = o.summary().latestDeployment();
        String deploymentThen = seen == null ? null : seen.id() + ":" + seen.status().wire();
        String deploymentNow = facts.latest() == null ? null : facts.latest().id() + ":" + facts.latest().status().wire();
        return observedAt.isAfter(apps.ctx().now().minus(FRESH)) && afterControl
                && Objects.equals(deploymentThen, deploymentNow);
    }

    private ResourceHealth answer(ResourceHealth health, boolean includeChecks) {
        return new ResourceHealth(health.schemaVersion(), health.resourceId(), Timestamps.format(apps.ctx().now()),
                health.observedAt(), health.overall(), health.latestDeployment(), health.runtime(),
                health.latestRuntimeControl(), health.healthPolicy(), health.publicAccess(), health.proxy(),
                includeChecks ? health.checks() : List.of(), health.sourceErrors());
    }

    private void record(Actor actor, ResourceHealth h) {
        Observation observation = new Observation(Ids.next("hob"), h.observedAt(), h.overall(), h.runtime().lifecycle(),
                h.runtime().health(), h.publicAccess().status(), h.proxy().status(), h.healthPolicy().status(),
                h.latestDeployment() == null ? null : h.latestDeployment().id(), h);
        apps.ctx().store().transaction(tx -> {
            HealthHistory.record(tx, h.resourceId(), observation, Instant.parse(h.observedAt()));
            return null;
        });
    }
}

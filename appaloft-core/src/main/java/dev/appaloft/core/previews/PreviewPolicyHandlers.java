package dev.appaloft.core.previews;

import static dev.appaloft.api.catalog.SourceOperations.PREVIEW_POLICIES_CONFIGURE;
import static dev.appaloft.api.catalog.SourceOperations.PREVIEW_POLICIES_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.previews.ConfigurePreviewPolicyInput;
import dev.appaloft.api.previews.ForkPreviews;
import dev.appaloft.api.previews.PreviewPolicySettings;
import dev.appaloft.api.previews.PreviewPolicyShown;
import dev.appaloft.api.previews.PreviewScope;
import dev.appaloft.api.previews.ShowPreviewPolicyInput;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code previewPolicies.configure|show}. A policy is what lets a pull request open a preview: a
 * repository linked to a resource without one (its own or its project's) gets no previews. Show
 * answers the default settings, marked {@code default}, for a scope without a policy.
 */
final class PreviewPolicyHandlers {

    static final String CONFIGURED_EVENT = "preview-policy-configured";
    /** Generous bounds: enough for any real use, small enough to be stored and added safely. */
    static final int MAX_QUOTA = 10_000;
    static final int MAX_TTL_HOURS = 24 * 366;

    private final CoreContext ctx;

    PreviewPolicyHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    void register(HandlerRegistry registry) {
        registry.register(PREVIEW_POLICIES_CONFIGURE, this::configure).register(PREVIEW_POLICIES_SHOW, this::show);
    }

    IdOutput configure(ConfigurePreviewPolicyInput in, Actor actor) {
        Validation v = new Validation();
        PreviewScope scope = scope(v, in.scope());
        PreviewPolicySettings s = in.policy() == null ? PreviewPolicySettings.DEFAULT : in.policy();
        v.check(s.maxActivePreviews() == null || (s.maxActivePreviews() >= 0 && s.maxActivePreviews() <= MAX_QUOTA),
                List.of("policy", "maxActivePreviews"), "maxActivePreviews must be 0 (no limit) to " + MAX_QUOTA);
        v.check(s.previewTtlHours() == null || (s.previewTtlHours() > 0 && s.previewTtlHours() <= MAX_TTL_HOURS),
                List.of("policy", "previewTtlHours"), "previewTtlHours must be 1 to " + MAX_TTL_HOURS);
        v.optionalText("idempotencyKey", in.idempotencyKey(), 200);
        v.throwIfInvalid();
        String org = actor.organizationId();
        requireScope(org, scope);
        String id = PreviewPolicy.idOf(org, scope.kind(), scope.projectId(), scope.resourceId());
        return ctx.command(actor, "previewPolicies.configure", uow -> {
            Optional<Versioned<PreviewPolicy>> current = PreviewRepositories.POLICIES.findIn(uow.tx(), org, id);
            PreviewPolicy next = new PreviewPolicy(id, org, scope.kind(), scope.projectId(), scope.resourceId(),
                    s.sameRepositoryPreviews() == null || s.sameRepositoryPreviews(),
                    s.forkPreviews() == null ? ForkPreviews.DISABLED : s.forkPreviews(),
                    s.secretBackedPreviews() == null || s.secretBackedPreviews(),
                    s.maxActivePreviews() == null || s.maxActivePreviews() == 0 ? null : s.maxActivePreviews(),
                    s.previewTtlHours(), current.map(c -> c.value().createdAt()).orElse(uow.now()), uow.now());
            if (current.isPresent()) {
                PreviewRepositories.POLICIES.update(uow.tx(), current.get(), next, uow.now());
            } else {
                PreviewRepositories.POLICIES.insert(uow.tx(), next, uow.now());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("scopeKind", Json.wire(scope.kind()));
            payload.put("projectId", scope.projectId());
            payload.put("resourceId", scope.resourceId());
            payload.put("forkPreviews", Json.wire(next.forkPreviews()));
            payload.put("secretBackedPreviews", next.secretBackedPreviews());
            uow.event(CONFIGURED_EVENT, id, payload);
            return new IdOutput(id);
        });
    }

    PreviewPolicyShown show(ShowPreviewPolicyInput in, Actor actor) {
        Validation v = new Validation();
        PreviewScope scope = scope(v, in.scope());
        v.throwIfInvalid();
        String org = actor.organizationId();
        requireScope(org, scope);
        Optional<PreviewPolicy> policy = ctx.read(r -> scope.kind() == PreviewScope.Kind.RESOURCE
                ? PreviewRepositories.effective(r, org, scope.projectId(), scope.resourceId())
                : PreviewRepositories.POLICIES.findIn(r, org, PreviewPolicy.idOf(org, scope.kind(), scope.projectId(),
                        null)).map(Versioned::value));
        PreviewPolicyShown.Policy shown = policy.map(PreviewPolicy::view).orElseGet(() -> new PreviewPolicyShown.Policy(
                null, scope, PreviewPolicySettings.DEFAULT, "default", null));
        return new PreviewPolicyShown(PreviewPolicyShown.SCHEMA_VERSION, shown, Timestamps.format(ctx.now()));
    }

    private static PreviewScope scope(Validation v, PreviewScope in) {
        v.required("scope", in);
        if (in == null) {
            return null;
        }
        v.required("scope.kind", in.kind());
        String project = v.text("scope.projectId", in.projectId(), 200);
        String resource = in.kind() == PreviewScope.Kind.RESOURCE ? v.text("scope.resourceId", in.resourceId(), 200)
                : null;
        return new PreviewScope(in.kind(), project, resource);
    }

    /** The project (and resource) must be the caller's; another organization's read as not found. */
    private void requireScope(String org, PreviewScope scope) {
        ctx.read(r -> {
            ProjectRepository.require(r, org, scope.projectId());
            if (scope.resourceId() != null) {
                Resource resource = ResourceRepository.require(r, org, scope.resourceId()).value();
                if (!resource.projectId().equals(scope.projectId())) {
                    throw dev.appaloft.api.error.AppaloftException.validation("scope.resourceId", "resource "
                            + resource.id() + " is not in project " + scope.projectId());
                }
            }
            return null;
        });
    }
}

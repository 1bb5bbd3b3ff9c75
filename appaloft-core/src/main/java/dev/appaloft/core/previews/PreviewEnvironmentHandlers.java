package dev.appaloft.core.previews;

import static dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_CLEANUP_PREVIEW;
import static dev.appaloft.api.catalog.SourceOperations.PREVIEW_ENVIRONMENTS_DELETE;
import static dev.appaloft.api.catalog.SourceOperations.PREVIEW_ENVIRONMENTS_LIST;
import static dev.appaloft.api.catalog.SourceOperations.PREVIEW_ENVIRONMENTS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.previews.CleanupPreviewInput;
import dev.appaloft.api.previews.DeletePreviewEnvironmentInput;
import dev.appaloft.api.previews.ListPreviewEnvironmentsInput;
import dev.appaloft.api.previews.PreviewCleanedUp;
import dev.appaloft.api.previews.PreviewEnvironmentDeleted;
import dev.appaloft.api.previews.PreviewEnvironmentList;
import dev.appaloft.api.previews.PreviewEnvironmentShown;
import dev.appaloft.api.previews.PreviewEnvironmentStatus;
import dev.appaloft.api.previews.ShowPreviewEnvironmentInput;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.nio.charset.StandardCharsets;

/**
 * {@code previewEnvironments.list|show|delete} and {@code deployments.cleanupPreview}. Delete and
 * cleanup run the same teardown; a preview already cleaned answers {@code already-clean}.
 */
final class PreviewEnvironmentHandlers {

    private final CoreContext ctx;
    private final PreviewTeardown teardown;

    PreviewEnvironmentHandlers(CoreContext ctx, PreviewTeardown teardown) {
        this.ctx = ctx;
        this.teardown = teardown;
    }

    void register(HandlerRegistry registry) {
        registry.register(PREVIEW_ENVIRONMENTS_LIST, this::list).register(PREVIEW_ENVIRONMENTS_SHOW, this::show)
                .register(PREVIEW_ENVIRONMENTS_DELETE, this::delete).register(DEPLOYMENTS_CLEANUP_PREVIEW, this::cleanup);
    }

    PreviewEnvironmentList list(ListPreviewEnvironmentsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 50, 100);
        v.check(in.pullRequestNumber() == null || in.pullRequestNumber() > 0, "pullRequestNumber",
                "pullRequestNumber must be positive");
        String cursor = Validation.filter(in.cursor());
        v.throwIfInvalid();
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                        .with(IndexFields.PROJECT_ID, Validation.filter(in.projectId()))
                        .with(IndexFields.ENVIRONMENT_ID, Validation.filter(in.environmentId()))
                        .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId()))
                        .with(IndexFields.STATUS, in.status() == null ? null : Json.wire(in.status()))
                        .with(PreviewRepositories.REPOSITORY, Validation.filter(in.repositoryFullName()))
                        .with(PreviewRepositories.PULL_REQUEST_NUMBER,
                                in.pullRequestNumber() == null ? null : (long) in.pullRequestNumber()))
                .newestFirst().limit(limit + 1);
        if (cursor != null) {
            String[] at = decode(cursor);
            query = query.after(Instant.ofEpochMilli(Long.parseLong(at[0])), at[1]);
        }
        DocumentQuery page = query;
        List<PreviewEnvironment> found = ctx.read(r -> PreviewRepositories.PREVIEWS.values(r, page));
        List<PreviewEnvironment> shown = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? encode(shown.get(limit - 1)) : null;
        return new PreviewEnvironmentList(PreviewEnvironmentList.SCHEMA_VERSION,
                shown.stream().map(PreviewEnvironment::view).toList(), next, Timestamps.format(ctx.now()));
    }

    PreviewEnvironmentShown show(ShowPreviewEnvironmentInput in, Actor actor) {
        PreviewEnvironment p = require(actor, in.previewEnvironmentId());
        String project = Validation.filter(in.projectId());
        String resource = Validation.filter(in.resourceId());
        if ((project != null && !project.equals(p.projectId()))
                || (resource != null && !resource.equals(p.resourceId()) && !resource.equals(p.sourceResourceId()))) {
            throw AppaloftException.notFound("preview environment", p.id());
        }
        return new PreviewEnvironmentShown(PreviewEnvironmentShown.SCHEMA_VERSION, p.view(),
                Timestamps.format(ctx.now()));
    }

    PreviewEnvironmentDeleted delete(DeletePreviewEnvironmentInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        v.text("previewEnvironmentId", in.previewEnvironmentId(), 200);
        v.throwIfInvalid();
        PreviewEnvironment p = require(actor, in.previewEnvironmentId());
        if (!resourceId.equals(p.resourceId()) && !resourceId.equals(p.sourceResourceId())) {
            throw AppaloftException.notFound("preview environment", p.id());
        }
        String attempt = Ids.next("pca");
        if (!p.active()) {
            return new PreviewEnvironmentDeleted("already-clean", attempt, p.id(), p.resourceId(),
                    p.sourceBindingFingerprint(), PreviewEnvironmentStatus.CLEANUP_REQUESTED, false, false, false,
                    false, false, null, null, null, null);
        }
        try {
            PreviewTeardown.Cleaned cleaned = teardown.clean(actor, p, "previewEnvironments.delete", "deleted");
            return new PreviewEnvironmentDeleted("cleaned", attempt, p.id(), p.resourceId(),
                    p.sourceBindingFingerprint(), PreviewEnvironmentStatus.CLEANUP_REQUESTED, cleaned.cleanedRuntime(),
                    cleaned.removedRoute(), false, false, false, null, null, null, null);
        } catch (AppaloftException e) {
            if (e.code().httpStatus() < 500) {
                throw e;
            }
            // the machine could not be cleaned: the preview stays active and the cleanup can be asked again
            return new PreviewEnvironmentDeleted("failed", attempt, p.id(), p.resourceId(),
                    p.sourceBindingFingerprint(), PreviewEnvironmentStatus.CLEANUP_REQUESTED, false, false, false,
                    false, false, e.code().code(), e.code().retryable(), "runtime", null);
        }
    }

    PreviewCleanedUp cleanup(CleanupPreviewInput in, Actor actor) {
        Validation v = new Validation();
        String fingerprint = v.text("sourceFingerprint", in.sourceFingerprint(), 1000);
        v.throwIfInvalid();
        List<PreviewEnvironment> matching = ctx.read(r -> PreviewRepositories.PREVIEWS.values(r, DocumentQuery.where(
                DocumentIndex.ofOrganization(actor.organizationId()).with(PreviewRepositories.MATCH_KEY, fingerprint))
                .newestFirst().limit(50)));
        CleanupPreviewInput.TrustedContext trusted = in.trustedContext();
        List<PreviewEnvironment> candidates = matching.stream().filter(p -> agrees(trusted, p)).toList();
        PreviewEnvironment active = candidates.stream().filter(PreviewEnvironment::active).findFirst().orElse(null);
        if (active == null) {
            PreviewEnvironment last = candidates.isEmpty() ? null : candidates.get(0);
            return new PreviewCleanedUp(fingerprint, "already-clean", false, false, false, false, 0, 0,
                    last == null ? null : last.projectId(), last == null ? null : last.environmentId(),
                    last == null ? null : last.resourceId(), last == null ? null : last.serverId(),
                    last == null ? null : last.destinationId(), last == null ? null : last.lastDeploymentId());
        }
        PreviewTeardown.Cleaned cleaned = teardown.clean(actor, active, "deployments.cleanupPreview", "cleanup-preview");
        return new PreviewCleanedUp(fingerprint, "cleaned", cleaned.cleanedRuntime(), cleaned.cleanedRuntime(),
                cleaned.removedRoute(), false, 0, 0, active.projectId(), active.environmentId(), active.resourceId(),
                active.serverId(), active.destinationId(), active.lastDeploymentId());
    }

    /** A trusted context's values, where given, name the preview (or the resource it copies). */
    private static boolean agrees(CleanupPreviewInput.TrustedContext t, PreviewEnvironment p) {
        if (t == null) {
            return true;
        }
        return (t.projectId() == null || t.projectId().equals(p.projectId()))
                && (t.environmentId() == null || t.environmentId().equals(p.environmentId()))
                && (t.resourceId() == null || t.resourceId().equals(p.resourceId())
                        || t.resourceId().equals(p.sourceResourceId()))
                && (t.serverId() == null || t.serverId().equals(p.serverId()))
                && (t.destinationId() == null || t.destinationId().equals(p.destinationId()))
                && (t.repositoryFullName() == null || t.repositoryFullName().equalsIgnoreCase(p.repositoryFullName()));
    }

    private PreviewEnvironment require(Actor actor, String id) {
        Validation v = new Validation();
        v.text("previewEnvironmentId", id, 200);
        v.throwIfInvalid();
        return ctx.read(r -> PreviewRepositories.require(r, actor.organizationId(), id)).value();
    }

    private static String encode(PreviewEnvironment p) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((p.createdAt().toEpochMilli() + ":" + p.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String value = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = value.indexOf(':');
            Long.parseLong(value.substring(0, colon));
            return new String[] {value.substring(0, colon), Objects.requireNonNull(value.substring(colon + 1))};
        } catch (RuntimeException e) {
            throw AppaloftException.validation("cursor", "cursor is not one this list gave out");
        }
    }
}

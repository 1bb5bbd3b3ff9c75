package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.SOURCE_LINKS_DELETE;
import static dev.appaloft.api.catalog.SourceOperations.SOURCE_LINKS_LIST;
import static dev.appaloft.api.catalog.SourceOperations.SOURCE_LINKS_RELINK;
import static dev.appaloft.api.catalog.SourceOperations.SOURCE_LINKS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.DeleteSourceLinkInput;
import dev.appaloft.api.sources.ListSourceLinksInput;
import dev.appaloft.api.sources.RelinkSourceLinkInput;
import dev.appaloft.api.sources.ShowSourceLinkInput;
import dev.appaloft.api.sources.SourceLinkDeleted;
import dev.appaloft.api.sources.SourceLinkList;
import dev.appaloft.api.sources.SourceLinkRelinked;
import dev.appaloft.api.sources.SourceLinkShown;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code sourceLinks.list|show|delete|relink}. Relink is the one way to point a fingerprint at a
 * resource (creating the link when there is none); the {@code expectedCurrent*} ids make it a
 * compare-and-set, so two operators cannot silently undo each other's move.
 */
final class SourceLinkHandlers {

    static final String RELINKED_EVENT = "source-link-relinked";
    static final String DELETED_EVENT = "source-link-deleted";
    static final int MAX_FINGERPRINT = 1000;

    private final CoreContext ctx;

    SourceLinkHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    void register(HandlerRegistry registry) {
        registry.register(SOURCE_LINKS_LIST, this::list).register(SOURCE_LINKS_SHOW, this::show)
                .register(SOURCE_LINKS_DELETE, this::delete).register(SOURCE_LINKS_RELINK, this::relink);
    }

    SourceLinkList list(ListSourceLinksInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 50, 200);
        v.throwIfInvalid();
        DocumentQuery query = DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                .with(IndexFields.PROJECT_ID, Validation.filter(in.projectId()))
                .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId()))
                .with(IndexFields.SERVER_ID, Validation.filter(in.serverId()))).limit(limit);
        return new SourceLinkList(SourceLinkList.SCHEMA_VERSION, ctx.read(r -> SourceLinkRepository.LINKS.values(r,
                query)).stream().map(SourceLink::view).toList());
    }

    SourceLinkShown show(ShowSourceLinkInput in, Actor actor) {
        String fingerprint = fingerprint(in.sourceFingerprint());
        return new SourceLinkShown(SourceLinkShown.SCHEMA_VERSION, ctx.read(r -> SourceLinkRepository.require(r,
                actor.organizationId(), fingerprint)).value().view());
    }

    SourceLinkDeleted delete(DeleteSourceLinkInput in, Actor actor) {
        Validation v = new Validation();
        String fingerprint = v.text("sourceFingerprint", in.sourceFingerprint(), MAX_FINGERPRINT);
        String reason = v.optionalText("reason", in.reason(), 500);
        v.throwIfInvalid();
        ctx.command(actor, "sourceLinks.delete", uow -> {
            Versioned<SourceLink> link = SourceLinkRepository.require(uow.tx(), actor.organizationId(), fingerprint);
            SourceLinkRepository.LINKS.delete(uow.tx(), link);
            Map<String, Object> payload = new LinkedHashMap<>(UnitOfWork.reasonPayload(reason));
            payload.put("sourceFingerprint", fingerprint);
            payload.put("resourceId", link.value().resourceId());
            uow.event(DELETED_EVENT, link.value().id(), payload);
            return null;
        });
        return new SourceLinkDeleted(fingerprint, true);
    }

    SourceLinkRelinked relink(RelinkSourceLinkInput in, Actor actor) {
        Validation v = new Validation();
        String fingerprint = v.text("sourceFingerprint", in.sourceFingerprint(), MAX_FINGERPRINT);
        String projectId = v.text("projectId", in.projectId(), 200);
        String environmentId = v.text("environmentId", in.environmentId(), 200);
        String resourceId = v.text("resourceId", in.resourceId(), 200);
        String serverId = v.optionalText("serverId", in.serverId(), 200);
        String destinationId = v.optionalText("destinationId", in.destinationId(), 200);
        String reason = v.optionalText("reason", in.reason(), 500);
        v.throwIfInvalid();
        String org = actor.organizationId();
        Resource resource = ctx.read(r -> ResourceRepository.require(r, org, resourceId)).value();
        v.check(resource.projectId().equals(projectId), "projectId", "resource " + resourceId + " is not in project "
                + projectId);
        v.check(resource.environmentId().equals(environmentId), "environmentId", "resource " + resourceId
                + " is not in environment " + environmentId);
        v.throwIfInvalid();
        if (serverId != null) {
            boolean known = ctx.read(r -> r.find(StoreCollections.SERVERS, serverId))
                    .filter(d -> org.equals(d.index().organizationId())).isPresent();
            if (!known) {
                throw AppaloftException.notFound("server", serverId);
            }
        }
        SourceLink next = ctx.command(actor, "sourceLinks.relink", uow -> {
            Optional<Versioned<SourceLink>> current = SourceLinkRepository.LINKS.findIn(uow.tx(), org,
                    SourceLink.idOf(org, fingerprint));
            expect(in, current.map(Versioned::value).orElse(null));
            SourceLink link = new SourceLink(SourceLink.idOf(org, fingerprint), org, fingerprint, projectId,
                    environmentId, resourceId, serverId, destinationId, reason,
                    current.map(c -> c.value().createdAt()).orElse(uow.now()), uow.now());
            if (current.isPresent()) {
                SourceLinkRepository.LINKS.update(uow.tx(), current.get(), link, uow.now());
            } else {
                SourceLinkRepository.LINKS.insert(uow.tx(), link, uow.now());
            }
            Map<String, Object> payload = new LinkedHashMap<>(UnitOfWork.reasonPayload(reason));
            payload.put("sourceFingerprint", fingerprint);
            payload.put("resourceId", resourceId);
            current.ifPresent(c -> payload.put("previousResourceId", c.value().resourceId()));
            uow.event(RELINKED_EVENT, link.id(), payload);
            return link;
        });
        return new SourceLinkRelinked(next.sourceFingerprint(), next.projectId(), next.environmentId(),
                next.resourceId(), next.serverId(), next.destinationId());
    }

    /** The compare of relink's compare-and-set: every expected id given must be the link's current one. */
    private static void expect(RelinkSourceLinkInput in, SourceLink current) {
        String[][] checks = {
            {"expectedCurrentProjectId", in.expectedCurrentProjectId(), current == null ? null : current.projectId()},
            {"expectedCurrentEnvironmentId", in.expectedCurrentEnvironmentId(),
                current == null ? null : current.environmentId()},
            {"expectedCurrentResourceId", in.expectedCurrentResourceId(), current == null ? null : current.resourceId()}};
        for (String[] check : checks) {
            if (check[1] != null && !Objects.equals(check[1], check[2])) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("field", check[0]);
                if (check[2] != null) {
                    details.put("current", check[2]);
                }
                throw new AppaloftException(ErrorCode.CONFLICT, current == null
                        ? "the source link does not exist yet, so it has no current target to expect"
                        : check[0] + " is not the link's current target (" + check[2] + ")", List.of(), details, null);
            }
        }
    }

    private static String fingerprint(String value) {
        Validation v = new Validation();
        String fingerprint = v.text("sourceFingerprint", value, MAX_FINGERPRINT);
        v.throwIfInvalid();
        return fingerprint;
    }
}

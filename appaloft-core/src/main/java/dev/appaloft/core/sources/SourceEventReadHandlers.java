package dev.appaloft.core.sources;

import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_LIST;
import static dev.appaloft.api.catalog.SourceOperations.SOURCE_EVENTS_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.sources.ListSourceEventsInput;
import dev.appaloft.api.sources.ShowSourceEventInput;
import dev.appaloft.api.sources.SourceEventDetail;
import dev.appaloft.api.sources.SourceEventList;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import java.util.List;

/** {@code sourceEvents.list} (newest first, keyset cursor, filters run by the store) and {@code show}. */
final class SourceEventReadHandlers {

    private final CoreContext ctx;

    SourceEventReadHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    void register(HandlerRegistry registry) {
        registry.register(SOURCE_EVENTS_LIST, this::list).register(SOURCE_EVENTS_SHOW, this::show);
    }

    SourceEventList list(ListSourceEventsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 50, 100);
        String cursor = Validation.filter(in.cursor());
        v.throwIfInvalid();
        DocumentQuery query = DocumentQuery.where(scope(actor.organizationId(), Validation.filter(in.projectId()),
                        Validation.filter(in.resourceId()))
                .with(IndexFields.STATUS, in.status() == null ? null : in.status().wire())
                .with(SourceEventRepository.SOURCE_KIND, Json.wire(in.sourceKind())))
                .newestFirst().limit(limit + 1);
        if (cursor != null) {
            Cursors.Position at = Cursors.decode(cursor);
            query = query.after(at.createdAt(), at.id());
        }
        DocumentQuery page = query;
        List<SourceEvent> found = ctx.read(r -> SourceEventRepository.EVENTS.values(r, page));
        List<SourceEvent> shown = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? Cursors.encode(shown.get(limit - 1).receivedAt(), shown.get(limit - 1).id())
                : null;
        return new SourceEventList(shown.stream().map(SourceEventViews::summary).toList(), next,
                Timestamps.format(ctx.now()));
    }

    SourceEventDetail show(ShowSourceEventInput in, Actor actor) {
        return SourceEventViews.detail(require(ctx, actor, in.sourceEventId(), in.projectId(), in.resourceId()));
    }

    static DocumentIndex scope(String organizationId, String projectId, String resourceId) {
        return DocumentIndex.ofOrganization(organizationId).with(IndexFields.PROJECT_ID, projectId)
                .with(SourceEventRepository.RESOURCE_IDS, resourceId);
    }

    /** The organization's event; a project or resource given that is not the event's reads as not found. */
    static SourceEvent require(CoreContext ctx, Actor actor, String id, String projectId, String resourceId) {
        SourceEvent e = ctx.read(r -> SourceEventRepository.EVENTS.require(r, actor.organizationId(), id)).value();
        String project = Validation.filter(projectId);
        String resource = Validation.filter(resourceId);
        if ((project != null && !project.equals(e.projectId()))
                || (resource != null && !e.resourceIds().contains(resource))) {
            throw SourceEventRepository.notFound(id);
        }
        return e;
    }
}

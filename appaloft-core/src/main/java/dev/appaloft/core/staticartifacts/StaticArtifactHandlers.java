package dev.appaloft.core.staticartifacts;

import static dev.appaloft.api.catalog.AppTaskOperations.STATIC_ARTIFACTS_LIST_PUBLICATIONS;
import static dev.appaloft.api.catalog.AppTaskOperations.STATIC_ARTIFACTS_PUBLISH;
import static dev.appaloft.api.catalog.AppTaskOperations.STATIC_ARTIFACTS_PUBLISH_ARCHIVE;
import static dev.appaloft.api.catalog.AppTaskOperations.STATIC_ARTIFACTS_PUBLISH_PAYLOAD;

import dev.appaloft.api.Actor;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.staticartifacts.*;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.deployments.sources.SourceRoots;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Validation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code staticArtifacts.publish|publishArchive|publishPayload|listPublications}: the three ways
 * files arrive (a host folder under the source roots, an uploaded archive, files in the body)
 * end in one {@link Publisher}.
 */
public final class StaticArtifactHandlers {

    /** An archive upload, decoded, is at most this large (the files in it are limited by {@link SiteLimits}). */
    static final int MAX_ARCHIVE_BYTES = 64 << 20;

    private final CoreContext ctx;
    private final Publisher publisher;
    private final SourceRoots roots;
    private final SiteLimits limits = SiteLimits.DEFAULTS;

    private StaticArtifactHandlers(CoreContext ctx, Publisher publisher, SourceRoots roots) {
        this.ctx = ctx;
        this.publisher = publisher;
        this.roots = roots;
    }

    public static void register(HandlerRegistry registry, CoreContext ctx, DeploymentRuntimes runtimes,
                                ArtifactStore artifacts, SourceRoots roots) {
        StaticArtifactHandlers h = new StaticArtifactHandlers(ctx, new Publisher(ctx, artifacts, runtimes), roots);
        registry.register(STATIC_ARTIFACTS_PUBLISH, h::publish)
                .register(STATIC_ARTIFACTS_PUBLISH_ARCHIVE, h::publishArchive)
                .register(STATIC_ARTIFACTS_PUBLISH_PAYLOAD, h::publishPayload)
                .register(STATIC_ARTIFACTS_LIST_PUBLICATIONS, h::list);
        new SiteRoutesRestore(ctx, new SiteRoute(runtimes, artifacts)).run();
    }

    StaticArtifactPublished publish(PublishStaticArtifactInput in, Actor actor) {
        Validation v = new Validation();
        v.text("sourcePath", in.sourcePath(), 4096);
        v.throwIfInvalid();
        Publisher.Target target = publisher.target(actor, in.projectId(), in.resourceId());
        return publisher.publish(actor, "staticArtifacts.publish", target, in.artifactId(), in.promoteAlias(),
                in.metadata(), () -> FolderFiles.read(in.sourcePath(), roots, limits));
    }

    StaticArtifactPublished publishArchive(PublishStaticArtifactArchiveInput in, Actor actor) {
        Validation v = new Validation();
        v.text(ArchiveFiles.FIELD, in.archiveBase64(), Integer.MAX_VALUE);
        v.check(in.archiveBase64() == null || in.archiveBase64().length() <= MAX_ARCHIVE_BYTES / 3 * 4 + 4,
                ArchiveFiles.FIELD, "an archive is at most " + MAX_ARCHIVE_BYTES + " bytes");
        v.throwIfInvalid();
        Publisher.Target target = publisher.target(actor, in.projectId(), in.resourceId());
        return publisher.publish(actor, "staticArtifacts.publishArchive", target, in.artifactId(), in.promoteAlias(),
                in.metadata(), () -> ArchiveFiles.read(decode(ArchiveFiles.FIELD, in.archiveBase64()), limits));
    }

    StaticArtifactPublished publishPayload(PublishStaticArtifactPayloadInput in, Actor actor) {
        Validation v = new Validation();
        v.required("files", in.files());
        v.check(in.files() == null || !in.files().isEmpty(), "files", "files must name at least one file");
        v.throwIfInvalid();
        Publisher.Target target = publisher.target(actor, in.projectId(), in.resourceId());
        return publisher.publish(actor, "staticArtifacts.publishPayload", target, in.artifactId(), in.promoteAlias(),
                in.metadata(), () -> payload(in.files()));
    }

    StaticArtifactPublicationList list(ListStaticArtifactPublicationsInput in, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(in.limit(), 100, 500);
        v.throwIfInvalid();
        List<StaticPublication> found = ctx.read(r -> StaticPublicationRepository.PUBLICATIONS.values(r,
                DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                        .with(IndexFields.PROJECT_ID, Validation.filter(in.projectId()))
                        .with(IndexFields.RESOURCE_ID, Validation.filter(in.resourceId()))).newestFirst()));
        Set<String> served = new HashSet<>();
        List<StaticArtifactPublication> items = new ArrayList<>();
        for (StaticPublication p : found) {
            // newest first: the first promoted publication of a resource is what its URL serves
            boolean current = p.promoted() && served.add(p.resourceId());
            if (items.size() < limit) {
                items.add(StaticPublicationViews.item(p, current));
            }
        }
        return new StaticArtifactPublicationList(StaticArtifactPublicationList.SCHEMA_VERSION, items);
    }

    private List<SiteFile> payload(List<PublishStaticArtifactPayloadInput.PayloadFile> files) {
        SiteLimits.Budget budget = limits.budget("files");
        List<SiteFile> site = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            PublishStaticArtifactPayloadInput.PayloadFile f = files.get(i);
            String at = "files." + i;
            if (f == null) {
                throw AppaloftException.validation(at, "a file is required");
            }
            String path = SitePaths.normalize(f.path()).orElseThrow(() -> AppaloftException.validation(at + ".path",
                    "path must be a relative path of [A-Za-z0-9._~@+-] segments, without '.' or '..' segments"));
            if (f.mimeType() == null || f.mimeType().isBlank() || f.mimeType().length() > 200) {
                throw AppaloftException.validation(at + ".mimeType", "mimeType is required (at most 200 characters)");
            }
            if (f.contentBase64() == null) {
                throw AppaloftException.validation(at + ".contentBase64", "contentBase64 is required");
            }
            byte[] bytes = decode(at + ".contentBase64", f.contentBase64());
            budget.file(path, bytes.length);
            site.add(new SiteFile(path, f.mimeType().strip(), bytes));
        }
        return site;
    }

    private static byte[] decode(String field, String base64) {
        try {
            // strict: the MIME decoder would skip stray characters and publish something else
            return Base64.getDecoder().decode(base64.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw AppaloftException.validation(field, "not valid base64");
        }
    }
}

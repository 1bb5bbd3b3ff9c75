package dev.appaloft.core.staticartifacts;

import dev.appaloft.api.Actor;
import dev.appaloft.api.artifacts.ArtifactStore;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.staticartifacts.PublishedFile;
import dev.appaloft.api.staticartifacts.StaticArtifactPublished;
import dev.appaloft.core.artifacts.Digests;
import dev.appaloft.core.deployments.DeploymentRuntimes;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.projects.ProjectRepository;
import dev.appaloft.core.projects.Slugs;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Publishes a site, whichever way its files arrived: each file is stored once under its SHA-256
 * ({@code static-artifacts/blobs/...}), the manifest (paths, digests, sizes, types, sorted by
 * path) under its own digest, and the site folder the proxy serves is made of links to the
 * blobs. Then, when promoted, the resource's route switches to the new folder, and the row is
 * written with its audit event; a failure before the row puts the previous route back and
 * removes the new folder (blobs may stay: they are content, shared by digest).
 */
final class Publisher {

    static final String EVENT = "static-artifact-published";

    private final CoreContext ctx;
    private final ArtifactStore artifacts;
    private final DeploymentRuntimes runtimes;
    private final SiteRoute route;

    Publisher(CoreContext ctx, ArtifactStore artifacts, DeploymentRuntimes runtimes) {
        this.ctx = ctx;
        this.artifacts = artifacts;
        this.runtimes = runtimes;
        this.route = new SiteRoute(runtimes, artifacts);
    }

    /** The checked target of a publication: the resource of the project, in the caller's organization. */
    record Target(String projectId, Resource resource, String host) {
    }

    Target target(Actor actor, String projectId, String resourceId) {
        Validation v = new Validation();
        v.text("projectId", projectId, 200);
        v.text("resourceId", resourceId, 200);
        v.throwIfInvalid();
        return ctx.read(r -> {
            ProjectRepository.require(r, actor.organizationId(), projectId);
            Resource resource = ResourceRepository.require(r, actor.organizationId(), resourceId).value();
            if (!resource.projectId().equals(projectId)) {
                throw AppaloftException.validation("resourceId", "resource " + resourceId + " is not a resource of project "
                        + projectId);
            }
            String envSlug = Slugs.of(EnvironmentRepository.require(r, actor.organizationId(), resource.environmentId())
                    .value().name());
            return new Target(projectId, resource, runtimes.generatedHost(resource.slug(), envSlug));
        });
    }

    /** Checks the common fields; {@code files} is read only after the target is known (another organization's ids are 404 first). */
    StaticArtifactPublished publish(Actor actor, String operationKey, Target target, String artifactId,
                                    Boolean promoteAlias, Map<String, String> metadata, Supplier<List<SiteFile>> files) {
        Validation v = new Validation();
        String artifact = v.optionalText("artifactId", artifactId, 200);
        Map<String, String> meta = metadata == null ? Map.of() : metadata;
        v.check(meta.size() <= 50, "metadata", "metadata holds at most 50 entries");
        meta.forEach((k, value) -> v.check(k != null && !k.isBlank() && k.length() <= 100 && value != null
                && value.length() <= 1000, List.of("metadata", String.valueOf(k)),
                "metadata keys are 1..100 characters and values at most 1000"));
        v.throwIfInvalid();
        List<SiteFile> site = new ArrayList<>(files.get());
        site.sort(Comparator.comparing(SiteFile::path));
        Set<String> seen = new HashSet<>();
        for (SiteFile f : site) {
            if (!seen.add(f.path())) {
                throw AppaloftException.validation("files", "the path " + f.path() + " is given twice");
            }
        }
        boolean promote = !Boolean.FALSE.equals(promoteAlias);
        String id = Ids.next("sap");
        String artifactName = artifact == null ? Ids.next("art") : artifact;
        List<StaticPublication.ManifestFile> manifest = new ArrayList<>();
        long total = 0;
        String siteKey = "static-artifacts/sites/" + actor.organizationId() + "/" + id;
        try {
            for (SiteFile f : site) {
                String hex = Digests.hex(f.bytes());
                String blob = "static-artifacts/blobs/" + hex.substring(0, 2) + "/" + hex;
                if (!artifacts.exists(blob)) {
                    artifacts.put(blob, f.bytes());
                }
                artifacts.copy(blob, siteKey + "/" + f.path());
                manifest.add(new StaticPublication.ManifestFile(f.path(), "sha256:" + hex, f.bytes().length, f.mimeType()));
                total += f.bytes().length;
            }
            byte[] manifestBytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
            String manifestDigest = Digests.sha256(manifestBytes);
            String manifestKey = "static-artifacts/manifests/" + manifestDigest.substring("sha256:".length()) + ".json";
            artifacts.put(manifestKey, manifestBytes);
            return record(actor, operationKey, target, id, artifactName, promote, meta, manifest, total, manifestDigest,
                    manifestKey, siteKey);
        } catch (RuntimeException e) {
            artifacts.deleteTree(siteKey);
            throw e;
        }
    }

    private StaticArtifactPublished record(Actor actor, String operationKey, Target target, String id,
                                           String artifactId, boolean promote, Map<String, String> meta,
                                           List<StaticPublication.ManifestFile> manifest, long total,
                                           String manifestDigest, String manifestKey, String siteKey) {
        String resourceId = target.resource().id();
        StaticPublication previous = promote ? StaticPublicationViews.current(ctx, actor.organizationId(), resourceId)
                : null;
        SiteRoute.Served served = promote ? route.serve(resourceId, target.host(), siteKey).orElse(null) : null;
        try {
            StaticPublication p = ctx.command(actor, operationKey, uow -> {
                StaticPublication publication = new StaticPublication(id, actor.organizationId(), target.projectId(),
                        resourceId, artifactId, manifestDigest, manifest.size(), total, List.copyOf(manifest),
                        manifestKey, artifacts.providerKey(), siteKey, promote,
                        served == null ? null : served.url(), served == null ? null : served.providerKey(), uow.now(),
                        actor.id(), Map.copyOf(meta));
                StaticPublicationRepository.PUBLICATIONS.insert(uow.tx(), publication, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("resourceId", resourceId);
                payload.put("artifactId", artifactId);
                payload.put("manifestDigest", manifestDigest);
                payload.put("fileCount", manifest.size());
                payload.put("promoted", promote);
                uow.event(EVENT, id, payload);
                return publication;
            });
            return published(p);
        } catch (RuntimeException e) {
            if (served != null) {
                route.restore(resourceId, target.host(), previous);
            }
            throw e;
        }
    }

    static StaticArtifactPublished published(StaticPublication p) {
        return new StaticArtifactPublished(StaticArtifactPublished.SCHEMA_VERSION, p.id(), p.projectId(), p.resourceId(),
                p.artifactId(), p.manifestDigest(), p.fileCount(), p.totalBytes(), p.files().stream()
                .map(f -> new PublishedFile(Digests.sha256(f.path()), f.contentDigest(), f.sizeBytes(), f.mimeType()))
                .toList(), p.storageRef(), p.storageProviderKey(), p.routeUrl(), p.routeProviderKey());
    }
}

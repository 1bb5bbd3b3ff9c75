package dev.appaloft.core.previews;

import dev.appaloft.api.Actor;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.previews.PreviewEnvironmentStatus;
import dev.appaloft.api.resources.ResourceLifecycleStatus;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.environments.Environment;
import dev.appaloft.core.environments.EnvironmentRepository;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Versioned;
import dev.appaloft.core.resources.Resource;
import dev.appaloft.core.resources.ResourceRepository;
import dev.appaloft.core.sources.SourceFingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a pull request's preview in one unit of work (one audit event): an environment of kind
 * preview named {@code pr-<number>}, a copy of the resource in it (same name, so its generated
 * URL is {@code <resource>-pr-<number>.<domain>}) whose source is the head branch pinned to the
 * head commit, and the preview record. The quota is counted in the same transaction. Secrets are
 * copied only when the policy lets this pull request see them; the copy has no auto-deploy, no
 * domains and no storage of the original, so it can never write to what production uses.
 */
final class PreviewCreation {

    static final String CREATED_EVENT = "preview-environment-created";
    static final String UPDATED_EVENT = "preview-environment-updated";

    private final CoreContext ctx;

    PreviewCreation(CoreContext ctx) {
        this.ctx = ctx;
    }

    /** The new preview, or empty when the policy's quota is used up. */
    Optional<PreviewEnvironment> create(Actor actor, PreviewPolicy policy, Resource source, PullRequest pr,
                                        String serverId, String destinationId, String operationKey) {
        try {
            return ctx.command(actor, operationKey, uow -> {
                if (policy.maxActivePreviews() != null
                        && PreviewRepositories.activeUnder(uow.tx(), policy) >= policy.maxActivePreviews()) {
                    return Optional.<PreviewEnvironment>empty();
                }
                boolean secrets = policy.secretsFor(pr.fork());
                Environment parent = EnvironmentRepository.require(uow.tx(), source.organizationId(),
                        source.environmentId()).value();
                Environment env = Environment.create(Ids.next("env"), source.organizationId(), source.projectId(),
                        environmentName(uow.tx(), source, pr.number()), EnvironmentKind.PREVIEW, parent.id(),
                        allowed(parent.variables(), secrets), uow.now());
                EnvironmentRepository.insert(uow.tx(), env, uow.now());
                Resource copy = new Resource(Ids.next("res"), source.organizationId(), source.projectId(), env.id(),
                        source.destinationId(), source.name(), source.slug(), source.kind(), source.description(),
                        source.services(), PreviewLifecycle.previewSource(source, pr), source.runtimeProfile(),
                        source.networkProfile(), source.accessProfile(), source.healthPolicy(),
                        ResourceLifecycleStatus.ACTIVE, null, null, null, uow.now(),
                        allowed(source.variables(), secrets), null);
                ResourceRepository.insert(uow.tx(), copy, uow.now());
                Instant expires = policy.previewTtlHours() == null ? null
                        : uow.now().plus(Duration.ofHours(policy.previewTtlHours()));
                PreviewEnvironment preview = new PreviewEnvironment(Ids.next("prv"), source.organizationId(),
                        source.projectId(), env.id(), copy.id(), source.id(), serverId,
                        destinationId == null ? "dst_default" : destinationId, pr.repository(),
                        pr.repositoryFullName(), pr.headRepositoryFullName(), pr.number(), pr.baseRef(), pr.headRef(),
                        pr.headSha(), fingerprint(pr.repository(), pr.number()), pr.fork(), !secrets,
                        PreviewEnvironmentStatus.ACTIVE, null, uow.now(), uow.now(), expires);
                PreviewRepositories.PREVIEWS.insert(uow.tx(), preview, uow.now());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("sourceResourceId", source.id());
                payload.put("resourceId", copy.id());
                payload.put("environmentId", env.id());
                payload.put("pullRequestNumber", pr.number());
                payload.put("headSha", pr.headSha());
                payload.put("fork", pr.fork());
                payload.put("secretsWithheld", !secrets);
                uow.event(CREATED_EVENT, preview.id(), payload);
                return Optional.of(preview);
            });
        } catch (dev.appaloft.api.error.AppaloftException e) {
            if (!(e.getCause() instanceof StoreConflictException)) {
                throw e;
            }
            // another delivery of the same pull request made it a moment ago: move that one's head
            PreviewEnvironment other = ctx.read(r -> PreviewRepositories.active(r, source.organizationId(),
                    PreviewEnvironment.prKey(source.id(), pr.repository(), pr.number()))).orElseThrow(() -> e).value();
            return Optional.of(moveHead(actor, other, pr, operationKey));
        }
    }

    /** A new head commit: the copy's source is pinned to it and the preview records it. */
    PreviewEnvironment moveHead(Actor actor, PreviewEnvironment preview, PullRequest pr, String operationKey) {
        return ctx.command(actor, operationKey, uow -> {
            Versioned<PreviewEnvironment> current = PreviewRepositories.PREVIEWS.find(uow.tx(), preview.id())
                    .orElseThrow();
            Versioned<Resource> copy = ResourceRepository.require(uow.tx(), preview.organizationId(),
                    preview.resourceId());
            Resource moved = copy.value().change(d -> {
                d.source = dev.appaloft.core.resources.SourceRules.previewOf(copy.value().source(),
                        copy.value().source().locator(), pr.headRef(), pr.headSha());
                return d;
            });
            ResourceRepository.update(uow.tx(), copy, moved, uow.now());
            PreviewEnvironment next = current.value().synchronizedTo(pr.headSha(), null, uow.now());
            PreviewRepositories.PREVIEWS.update(uow.tx(), current, next, uow.now());
            uow.event(UPDATED_EVENT, preview.id(), Map.of("headSha", pr.headSha(), "pullRequestNumber", pr.number()));
            return next;
        });
    }

    /** Remembers the preview's newest deployment (no audit event: the deployment has its own). */
    void deployed(String previewId, String deploymentId) {
        ctx.store().transaction(tx -> {
            PreviewRepositories.PREVIEWS.find(tx, previewId).ifPresent(current -> PreviewRepositories.PREVIEWS.update(
                    tx, current, current.value().synchronizedTo(current.value().headSha(), deploymentId, ctx.now()),
                    ctx.now()));
            return null;
        });
    }

    /** The fingerprint cleanup-preview names a preview by: the base repository and the pull request's ref. */
    static String fingerprint(String repository, int number) {
        return SourceFingerprint.of(repository, "refs/pull/" + number + "/head");
    }

    private static List<ConfigEntry> allowed(List<ConfigEntry> variables, boolean secrets) {
        return secrets ? variables : variables.stream().filter(e -> !e.isSecret()).toList();
    }

    /** {@code pr-<n>}, or with a suffix when an (archived) environment of the project has that name already. */
    private static String environmentName(dev.appaloft.api.store.StoreReader reader, Resource source, int number) {
        Set<String> taken = new HashSet<>();
        EnvironmentRepository.list(reader, source.organizationId(), source.projectId(), 10_000)
                .forEach(e -> taken.add(e.name().toLowerCase(java.util.Locale.ROOT)));
        String name = "pr-" + number;
        for (int i = 2; taken.contains(name); i++) {
            name = "pr-" + number + "-" + i;
        }
        return name;
    }
}

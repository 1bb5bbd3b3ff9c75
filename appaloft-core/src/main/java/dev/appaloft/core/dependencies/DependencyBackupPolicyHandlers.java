package dev.appaloft.core.dependencies;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.dependencies.backups.BackupPolicyList;
import dev.appaloft.api.dependencies.backups.BackupPolicyShown;
import dev.appaloft.api.dependencies.backups.ConfigureBackupPolicyInput;
import dev.appaloft.api.dependencies.backups.ListBackupPoliciesInput;
import dev.appaloft.api.dependencies.backups.ShowBackupPolicyInput;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dependencyResources.configureBackupPolicy|listBackupPolicies|showBackupPolicy}. A
 * resource has at most one policy: configuring names it by {@code policyId} or finds it by
 * resource, and changes it; otherwise a new one starts, first due one interval from now unless
 * {@code nextRunAt} says otherwise.
 */
final class DependencyBackupPolicyHandlers {

    static final String VERSION = "v1";
    private static final long MAX_RETENTION_DAYS = 36_500;
    private static final long MAX_INTERVAL_HOURS = 87_600;
    private static final int LIST_LIMIT = 10_000;

    private final CoreContext ctx;

    DependencyBackupPolicyHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    IdOutput configure(ConfigureBackupPolicyInput in, Actor actor) {
        Validation v = new Validation();
        String policyId = v.optionalText("policyId", in.policyId(), 200);
        String version = v.optionalText("version", in.version(), 20);
        v.check(version == null || VERSION.equals(version), "version", "the only policy version is " + VERSION);
        String resourceId = v.text("dependencyResourceId", in.dependencyResourceId(), 200);
        v.required("retentionDays", in.retentionDays());
        v.check(in.retentionDays() == null || in.retentionDays() >= 1 && in.retentionDays() <= MAX_RETENTION_DAYS,
                "retentionDays", "retentionDays is between 1 and " + MAX_RETENTION_DAYS);
        v.required("scheduleIntervalHours", in.scheduleIntervalHours());
        v.check(in.scheduleIntervalHours() == null || in.scheduleIntervalHours() >= 1
                        && in.scheduleIntervalHours() <= MAX_INTERVAL_HOURS, "scheduleIntervalHours",
                "scheduleIntervalHours is between 1 and " + MAX_INTERVAL_HOURS);
        String providerKey = v.optionalText("providerKey", in.providerKey(), 200);
        Instant nextRunAt = v.instant("nextRunAt", in.nextRunAt());
        v.throwIfInvalid();
        return ctx.command(actor, "dependencyResources.configureBackupPolicy", uow -> {
            DependencyResource d = DependencyRepository.requireLive(uow.tx(), actor.organizationId(), resourceId).value();
            DependencyBackupHandlers.requireBackupCapable(d);
            DependencyBackupHandlers.requireProvider(d, providerKey);
            Optional<Versioned<DependencyBackupPolicy>> existing = policyId != null
                    ? Optional.of(DependencyBackupRepository.POLICIES.require(uow.tx(), actor.organizationId(), policyId))
                    : DependencyBackupRepository.POLICIES.findByKey(uow.tx(), DependencyBackupRepository.policyKey(d.id()));
            if (existing.isPresent() && !existing.get().value().dependencyResourceId().equals(d.id())) {
                throw AppaloftException.validation("dependencyResourceId", "policy " + policyId
                        + " belongs to another dependency resource");
            }
            Instant now = uow.now();
            long hours = in.scheduleIntervalHours();
            Instant next = nextRunAt != null ? nextRunAt
                    : existing.map(p -> p.value().nextRunAt()).orElse(now.plus(java.time.Duration.ofHours(hours)));
            DependencyBackupPolicy policy = new DependencyBackupPolicy(
                    existing.map(p -> p.value().id()).orElseGet(() -> Ids.next("dbp")), actor.organizationId(), d.id(),
                    VERSION, in.retentionDays(), hours, providerKey, !Boolean.FALSE.equals(in.retryOnFailure()),
                    !Boolean.FALSE.equals(in.enabled()), existing.map(p -> p.value().lastRunAt()).orElse(null), next,
                    existing.map(p -> p.value().createdAt()).orElse(now), now);
            if (existing.isPresent()) {
                DependencyBackupRepository.POLICIES.update(uow.tx(), existing.get(), policy, now);
            } else {
                DependencyBackupRepository.POLICIES.insert(uow.tx(), policy, now);
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dependencyResourceId", d.id());
            payload.put("retentionDays", policy.retentionDays());
            payload.put("scheduleIntervalHours", policy.scheduleIntervalHours());
            payload.put("enabled", policy.enabled());
            payload.put("nextRunAt", DependencyBackupViews.time(policy.nextRunAt()));
            uow.event("dependency-resource-backup-policy-configured", policy.id(), payload);
            return new IdOutput(policy.id());
        });
    }

    BackupPolicyList list(ListBackupPoliciesInput in, Actor actor) {
        Validation v = new Validation();
        String resourceId = Validation.filter(in.dependencyResourceId());
        String enabledOnly = Validation.filter(in.enabledOnly());
        v.check(enabledOnly == null || enabledOnly.equals("true") || enabledOnly.equals("false"), "enabledOnly",
                "enabledOnly is true or false");
        Instant dueAt = v.instant("dueAt", Validation.filter(in.dueAt()));
        v.throwIfInvalid();
        boolean onlyEnabled = "true".equals(enabledOnly);
        return ctx.read(r -> new BackupPolicyList(BackupPolicyList.SCHEMA_VERSION, DependencyBackupRepository.POLICIES
                .values(r, DocumentQuery.where(DocumentIndex.ofOrganization(actor.organizationId())
                        .with(DependencyBackupRepository.RESOURCE, resourceId)).limit(LIST_LIMIT)).stream()
                .filter(p -> !onlyEnabled || p.enabled())
                .filter(p -> dueAt == null || p.dueAt(dueAt))
                .sorted(Comparator.comparing(DependencyBackupPolicy::createdAt).thenComparing(DependencyBackupPolicy::id))
                .map(DependencyBackupViews::of).toList()));
    }

    BackupPolicyShown show(ShowBackupPolicyInput in, Actor actor) {
        Validation v = new Validation();
        String id = v.text("policyId", in.policyId(), 200);
        v.throwIfInvalid();
        DependencyBackupPolicy p = ctx.read(r -> DependencyBackupRepository.POLICIES.require(r, actor.organizationId(),
                id).value());
        return new BackupPolicyShown(BackupPolicyShown.SCHEMA_VERSION, DependencyBackupViews.of(p));
    }
}

package dev.appaloft.core.monitoring;

import static dev.appaloft.api.catalog.GovernanceOperations.RUNTIME_MONITORING_THRESHOLD_CONFIGURE;
import static dev.appaloft.api.catalog.GovernanceOperations.RUNTIME_MONITORING_THRESHOLD_SHOW;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.monitoring.ConfigureThresholdsInput;
import dev.appaloft.api.monitoring.MonitoringScope;
import dev.appaloft.api.monitoring.ShowThresholdsInput;
import dev.appaloft.api.monitoring.ThresholdRule;
import dev.appaloft.api.monitoring.ThresholdsConfigured;
import dev.appaloft.api.monitoring.ThresholdsShown;
import dev.appaloft.api.monitoring.UsageTotals;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreReader;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.HandlerRegistry;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Repository;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code runtimeMonitoring.thresholdConfigure} and {@code thresholdShow}: one non-enforcing policy
 * per scope (configuring the scope again replaces its rules and keeps its id), and how it compares
 * with the latest samples.
 */
final class ThresholdHandlers {

    static final int MAX_RULES = 50;
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";

    static final Repository<ThresholdRecord> POLICIES = Repository
            .of(StoreCollections.MONITORING_THRESHOLDS, ThresholdRecord.class)
            .id(ThresholdRecord::id).createdAt(ThresholdRecord::createdAt).organization(ThresholdRecord::organizationId)
            .index(p -> DocumentIndex.NONE.with("scope_key", p.scope().key()).with("enabled", Boolean.toString(p.enabled())))
            .keys(p -> Set.of(p.slotKey()))
            .notFound(id -> AppaloftException.notFound("threshold policy", id))
            .build();

    private final CoreContext ctx;
    private final Duration staleAfter;

    ThresholdHandlers(CoreContext ctx, Duration staleAfter) {
        this.ctx = ctx;
        this.staleAfter = staleAfter;
    }

    void register(HandlerRegistry registry) {
        registry.register(RUNTIME_MONITORING_THRESHOLD_CONFIGURE, this::configure);
        registry.register(RUNTIME_MONITORING_THRESHOLD_SHOW, this::show);
    }

    ThresholdsConfigured configure(ConfigureThresholdsInput in, Actor actor) {
        Validation v = new Validation();
        MonitoringScope scope = Scopes.check(v, in.scope());
        String policyId = v.optionalText("policyId", in.policyId(), 100);
        v.check(policyId == null || policyId.matches(ID_PATTERN), "policyId",
                "policyId may hold letters, digits and _ . : - only");
        v.throwIfInvalid();
        ctx.read(r -> {
            Scopes.requireOwn(r, actor.organizationId(), scope); // another organization's scope: 404 before the rules
            return null;
        });
        Validation ruleCheck = new Validation();
        List<ThresholdRule> rules = rules(ruleCheck, in.rules());
        ruleCheck.throwIfInvalid();
        return ctx.command(actor, "runtimeMonitoring.thresholdConfigure", uow -> {
            Optional<Versioned<ThresholdRecord>> existing = POLICIES.findByKey(uow.tx(),
                    ThresholdRecord.slot(actor.organizationId(), scope));
            if (existing.isEmpty() && policyId != null && POLICIES.find(uow.tx(), policyId).isPresent()) {
                throw AppaloftException.validation("policyId", "policyId " + policyId + " is taken by another scope's policy");
            }
            ThresholdRecord current = existing.map(Versioned::value).orElse(null);
            ThresholdRecord next = new ThresholdRecord(current != null ? current.id()
                    : policyId != null ? policyId : Ids.next("rmt"), actor.organizationId(), scope, rules,
                    !Boolean.FALSE.equals(in.enabled()), current == null ? uow.now() : current.createdAt(), uow.now(),
                    actor.id(), actorKind(actor), current == null ? null : current.lastState());
            if (existing.isPresent()) {
                POLICIES.update(uow.tx(), existing.get(), next, uow.now());
            } else {
                POLICIES.insert(uow.tx(), next, uow.now());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("scopeKind", scope.kind());
            payload.put("scopeId", scope.id());
            payload.put("ruleCount", rules.size());
            payload.put("enabled", next.enabled());
            uow.event("runtime-monitoring.thresholds-configured", next.id(), payload);
            return new ThresholdsConfigured(next.view());
        });
    }

    ThresholdsShown show(ShowThresholdsInput in, Actor actor) {
        Validation v = new Validation();
        MonitoringScope given = in.scope() == null && in.policyId() != null ? null : Scopes.check(v, in.scope());
        String policyId = Validation.filter(in.policyId());
        Instant now = ctx.now();
        Instant[] window = Scopes.window(v, in.window(), now);
        v.throwIfInvalid();
        return ctx.read(r -> {
            ThresholdRecord policy;
            MonitoringScope scope = given;
            if (policyId != null) {
                policy = POLICIES.findIn(r, actor.organizationId(), policyId).map(Versioned::value)
                        .orElseThrow(() -> AppaloftException.notFound("threshold policy", policyId));
                if (scope != null && !scope.key().equals(policy.scope().key())) {
                    throw AppaloftException.validation("policyId", "policy " + policyId + " is not the scope's policy");
                }
                scope = policy.scope();
            } else {
                Scopes.requireOwn(r, actor.organizationId(), scope);
                policy = POLICIES.findByKey(r, ThresholdRecord.slot(actor.organizationId(), scope))
                        .map(Versioned::value).orElse(null);
            }
            Instant before = in.window() == null ? now : window[1];
            return new ThresholdsShown(ThresholdsShown.SCHEMA_VERSION, scope, Timestamps.format(now),
                    policy == null ? null : policy.view(), ThresholdEvaluation.evaluate(r, policy, before, now, staleAfter));
        });
    }

    /** Every enabled policy of one organization. */
    static List<ThresholdRecord> enabled(StoreReader r, String organizationId) {
        return POLICIES.values(r, DocumentQuery.where(DocumentIndex.ofOrganization(organizationId).with("enabled", "true")));
    }

    private static List<ThresholdRule> rules(Validation v, List<ThresholdRule> given) {
        if (given == null || given.isEmpty()) {
            v.check(false, "rules", "rules must hold at least one rule");
            return List.of();
        }
        v.check(given.size() <= MAX_RULES, "rules", "a policy holds at most " + MAX_RULES + " rules");
        List<ThresholdRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ThresholdRule rule = given.get(i);
            List<Object> at = List.of("rules", i);
            if (rule == null) {
                v.check(false, at, "rules must not hold null");
                continue;
            }
            boolean named = rule.signal() != null && Totals.SIGNALS.contains(rule.signal());
            v.check(named, path(at, "signal"), "signal must be one of " + String.join(", ", Totals.SIGNALS));
            v.check(rule.metric() != null && (!named || UsageTotals.pairs(rule.signal(), rule.metric())),
                    path(at, "metric"), "metric " + rule.metric() + " is not a metric of signal " + rule.signal());
            v.check(rule.warning() != null || rule.critical() != null, path(at, "warning"),
                    "a rule needs a warning or a critical boundary");
            v.check(rule.warning() == null || rule.warning() >= 0, path(at, "warning"), "warning must be at least 0");
            v.check(rule.critical() == null || rule.critical() >= 0, path(at, "critical"), "critical must be at least 0");
            v.check(rule.warning() == null || rule.critical() == null || rule.warning() <= rule.critical(),
                    path(at, "warning"), "warning must not be above critical");
            v.check(rule.comparator() == null || rule.comparator().equals(ThresholdRule.GREATER_THAN_OR_EQUAL),
                    path(at, "comparator"), "comparator must be " + ThresholdRule.GREATER_THAN_OR_EQUAL);
            String id = rule.ruleId() != null ? rule.ruleId() : rule.signal() + "-" + rule.metric();
            v.check(rule.ruleId() == null || rule.ruleId().matches(ID_PATTERN), path(at, "ruleId"),
                    "ruleId may hold letters, digits and _ . : - only");
            v.check(ids.add(id), path(at, "ruleId"), "ruleId " + id + " is used twice");
            out.add(new ThresholdRule(id, rule.signal(), rule.metric(), rule.warning(), rule.critical(),
                    ThresholdRule.GREATER_THAN_OR_EQUAL));
        }
        return out;
    }

    private static List<Object> path(List<Object> at, String field) {
        List<Object> p = new ArrayList<>(at);
        p.add(field);
        return p;
    }

    private static String actorKind(Actor actor) {
        return switch (actor.kind()) {
            case USER -> "user";
            case DEPLOY_TOKEN -> "deploy-token";
            default -> "system";
        };
    }
}

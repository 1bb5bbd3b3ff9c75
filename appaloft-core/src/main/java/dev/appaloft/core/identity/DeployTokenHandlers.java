package dev.appaloft.core.identity;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.DeployTokenScope;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Ids;
import dev.appaloft.core.internal.Validation;
import dev.appaloft.core.internal.Versioned;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code deployTokens.*}: scoped machine credentials, shown once, stored as hashes. */
final class DeployTokenHandlers {

    static final Set<String> WORKFLOW_COMMANDS = Set.of("preview-cleanup", "server-config-deploy", "source-link-deploy");
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 100;

    private final CoreContext ctx;

    DeployTokenHandlers(CoreContext ctx) {
        this.ctx = ctx;
    }

    CreatedDeployToken create(CreateDeployTokenInput input, Actor actor) {
        Validation v = new Validation();
        v.required("organizationId", input.organizationId());
        String displayName = v.text("displayName", input.displayName(), 120);
        DeployTokenScope scope = scope(v, input.scope());
        Instant expiresAt = expiry(v, input.expiresAt());
        v.check(expiresAt == null || expiresAt.isAfter(ctx.now()), "expiresAt", "expiresAt must be in the future");
        v.throwIfInvalid();
        IdentityRepository.requireCurrentId(actor, input.organizationId());
        String token = TokenSecrets.generate(TokenSecrets.DEPLOY_TOKEN_PREFIX);
        return ctx.command(actor, "deployTokens.create", uow -> {
            DeployToken created = new DeployToken(Ids.next("dtk"), actor.organizationId(), displayName, scope,
                    TokenSecrets.suffix(token), TokenSecrets.hash(token), DeployTokenStatus.ACTIVE, actor.id(),
                    uow.now(), expiresAt, null, null, null, null);
            IdentityRepository.DEPLOY_TOKENS.insert(uow.tx(), created, uow.now());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("displayName", displayName);
            payload.put("workflowCommands", scope.workflowCommands());
            uow.event("deploy-token.created", created.id(), payload);
            return new CreatedDeployToken(created.id(), token, created.organizationId(), displayName,
                    created.secretSuffix(), scope, Timestamps.format(created.createdAt()), Timestamps.format(expiresAt));
        });
    }

    DeployTokenList list(ListDeployTokensInput input, Actor actor) {
        Validation v = new Validation();
        int limit = v.limit(input.limit(), DEFAULT_PAGE, MAX_PAGE);
        v.throwIfInvalid();
        IdentityRepository.requireCurrentId(actor, input.organizationId());
        // the scope filters are TEXT_SET index fields: the store answers "scope names this resource"
        DocumentIndex where = DocumentIndex.ofOrganization(actor.organizationId())
                .with(IndexFields.STATUS, input.status() == null ? null : input.status().wire())
                .with(IdentityRepository.TOKEN_RESOURCES, Validation.filter(input.resourceId()))
                .with(IdentityRepository.TOKEN_REPOSITORIES, Validation.filter(input.repositoryFullName()));
        List<DeployTokenView> items = ctx.read(r -> IdentityRepository.DEPLOY_TOKENS.values(r,
                DocumentQuery.where(where).newestFirst().limit(limit))).stream().map(DeployToken::view).toList();
        return new DeployTokenList(items);
    }

    DeployTokenView show(ShowDeployTokenInput input, Actor actor) {
        return ctx.read(r -> IdentityRepository.requireToken(r, actor, input.organizationId(), input.tokenId())
                .value().view());
    }

    RotatedDeployToken rotate(RotateDeployTokenInput input, Actor actor) {
        confirm(input.tokenId(), input.confirmation());
        String token = TokenSecrets.generate(TokenSecrets.DEPLOY_TOKEN_PREFIX);
        return ctx.command(actor, "deployTokens.rotate", uow -> {
            Versioned<DeployToken> current = IdentityRepository.requireToken(uow.tx(), actor, input.organizationId(),
                    input.tokenId());
            if (current.value().status() != DeployTokenStatus.ACTIVE) {
                throw new AppaloftException(IdentityErrors.DEPLOY_TOKEN_REVOKED,
                        "a revoked deploy token cannot be rotated; create a new one");
            }
            DeployToken rotated = current.value().rotate(TokenSecrets.hash(token), TokenSecrets.suffix(token), uow.now());
            IdentityRepository.DEPLOY_TOKENS.update(uow.tx(), current, rotated, uow.now());
            uow.event("deploy-token.rotated", rotated.id(), Map.of());
            return new RotatedDeployToken(rotated.id(), token, Timestamps.format(uow.now()), rotated.scope());
        });
    }

    RevokedDeployToken revoke(RevokeDeployTokenInput input, Actor actor) {
        confirm(input.tokenId(), input.confirmation());
        Validation v = new Validation();
        String reason = v.optionalText("reason", input.reason(), 500);
        v.throwIfInvalid();
        return ctx.command(actor, "deployTokens.revoke", uow -> {
            Versioned<DeployToken> current = IdentityRepository.requireToken(uow.tx(), actor, input.organizationId(),
                    input.tokenId());
            if (current.value().status() == DeployTokenStatus.REVOKED) {
                return new RevokedDeployToken(current.value().id(), Timestamps.format(current.value().revokedAt()));
            }
            DeployToken revoked = current.value().revoke(reason, uow.now());
            IdentityRepository.DEPLOY_TOKENS.update(uow.tx(), current, revoked, uow.now());
            uow.event("deploy-token.revoked", revoked.id(), dev.appaloft.core.internal.UnitOfWork.reasonPayload(reason));
            return new RevokedDeployToken(revoked.id(), Timestamps.format(uow.now()));
        });
    }

    private static void confirm(String tokenId, TokenConfirmation confirmation) {
        if (confirmation == null || !String.valueOf(tokenId).equals(confirmation.tokenId())) {
            throw AppaloftException.validation("confirmation.tokenId", "confirmation.tokenId must repeat the token id");
        }
    }

    private static DeployTokenScope scope(Validation v, DeployTokenScope scope) {
        if (scope == null) {
            v.required("scope", null);
            return null;
        }
        v.check(!scope.workflowCommands().isEmpty(), List.of("scope", "workflowCommands"),
                "scope.workflowCommands must name at least one workflow command");
        for (String command : scope.workflowCommands()) {
            v.check(WORKFLOW_COMMANDS.contains(command), List.of("scope", "workflowCommands"),
                    "unknown workflow command " + command + " (one of " + WORKFLOW_COMMANDS + ")");
        }
        for (List<String> values : List.of(scope.projectIds(), scope.environmentIds(), scope.resourceIds(),
                scope.deploymentTargetIds(), scope.repositoryFullNames())) {
            v.check(values.stream().noneMatch(String::isBlank), "scope", "scope values must not be blank");
        }
        return scope;
    }

    private static Instant expiry(Validation v, String text) {
        return v.instant("expiresAt", text);
    }
}

package dev.appaloft.core.deployments;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.deployments.CancelDeploymentInput;
import dev.appaloft.api.deployments.CanceledDeployment;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Versioned;
import java.time.Duration;
import java.util.Map;

/**
 * {@code deployments.cancel}. A deployment that has not started running ends {@code canceled} at
 * once (nothing runs yet). A running one moves to {@code cancel-requested}; its executor, here or in
 * another process, stops at the next step boundary or health probe, removes its candidate and ends
 * it {@code canceled}, while what served before keeps serving. The call waits for that outcome; a
 * deployment already moving traffic finishes instead, and the call says so.
 */
final class DeploymentCancellation {

    /** Long enough for a step boundary in practice; a build in progress is not interrupted. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private final CoreContext ctx;
    private final DeploymentExecutor executor;
    private final DeploymentRecovery recovery;

    DeploymentCancellation(CoreContext ctx, DeploymentExecutor executor, DeploymentRecovery recovery) {
        this.ctx = ctx;
        this.executor = executor;
        this.recovery = recovery;
    }

    CanceledDeployment cancel(Actor actor, CancelDeploymentInput in) {
        Deployment found = DeploymentChecks.confirmed(ctx, actor, in.deploymentId(), in.confirm(), in.resourceId());
        if (found.status() == DeploymentStatus.CANCELED) {
            return output(found); // asked twice: the answer is the same
        }
        ctx.command(actor, "deployments.cancel", uow -> {
            Versioned<Deployment> before = DeploymentRepository.require(uow.tx(), actor.organizationId(), found.id());
            Deployment d = before.value();
            DeploymentStatus next = d.status() == DeploymentStatus.RUNNING ? DeploymentStatus.CANCEL_REQUESTED
                    : DeploymentStatus.CANCELED;
            if (d.status() == DeploymentStatus.CANCEL_REQUESTED) {
                return null;
            }
            if (!d.status().canBecome(next)) {
                throw notCancelable(d);
            }
            Deployment after = d.moveTo(next, uow.now());
            DeploymentRepository.update(uow.tx(), before, after, uow.now());
            DeploymentJournal.record(uow.tx(), d.id(), uow.now(), DeploymentJournal.forStatus(after));
            uow.event(DeploymentExecutor.eventType(next), d.id(), Map.of("resourceId", d.resourceId(),
                    "status", next.wire()));
            return null;
        });
        if (!executor.requestCancel(found.id())) {
            // not running here: if no executor holds it anywhere, recovery ends it now
            recovery.recover(found.id());
        }
        Deployment ended = awaitEnd(actor, found.id());
        if (ended.status() == DeploymentStatus.CANCELED) {
            return output(ended);
        }
        if (!ended.status().isTerminal()) {
            throw new AppaloftException(ErrorCode.DEPLOYMENT_CANCEL_PENDING, "the cancel of deployment " + ended.id()
                    + " is recorded; it stops at its next step (a build in progress finishes first)");
        }
        throw notCancelable(ended);
    }

    private Deployment awaitEnd(Actor actor, String id) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long seen = ctx.signals().generation();
            Deployment d = ctx.read(r -> DeploymentRepository.require(r, actor.organizationId(), id)).value();
            if (d.status().isTerminal() || System.nanoTime() - deadline > 0) {
                return d;
            }
            try {
                ctx.signals().awaitChange(seen, Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return d;
            }
        }
    }

    private static AppaloftException notCancelable(Deployment d) {
        String why = d.status() == DeploymentStatus.SUCCEEDED
                ? "it succeeded: traffic had already moved to the new instance (roll back instead)"
                : "it has already ended " + d.status().wire();
        return new AppaloftException(ErrorCode.DEPLOYMENT_NOT_CANCELABLE,
                "deployment " + d.id() + " cannot be canceled: " + why);
    }

    private static CanceledDeployment output(Deployment d) {
        return new CanceledDeployment(d.id(), Timestamps.format(d.finishedAt()));
    }
}

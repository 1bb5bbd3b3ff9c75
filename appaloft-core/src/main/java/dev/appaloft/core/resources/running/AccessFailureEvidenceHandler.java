package dev.appaloft.core.resources.running;

import dev.appaloft.api.Actor;
import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.resources.running.AccessFailureEvidence;
import dev.appaloft.api.resources.running.AccessFailureEvidenceInput;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;

/**
 * {@code resources.accessFailureEvidence}. A request id names one request the edge proxy failed to
 * serve (the id a failure page shows, for support to look up). The proxy answers unroutable
 * requests with a JSON 404 but records no evidence per request yet, so there is never any to find:
 * the answer says so ({@code not-found}) instead of inventing evidence.
 */
final class AccessFailureEvidenceHandler implements Handler<AccessFailureEvidenceInput, AccessFailureEvidence> {

    private final RunningApps apps;

    AccessFailureEvidenceHandler(RunningApps apps) {
        this.apps = apps;
    }

    @Override
    public AccessFailureEvidence handle(AccessFailureEvidenceInput in, Actor actor) {
        Validation v = new Validation();
        String requestId = v.text("requestId", in.requestId(), 200);
        v.maxLength("hostname", in.hostname(), 253);
        v.maxLength("path", in.path(), 2048);
        v.throwIfInvalid();
        if (in.resourceId() != null) {
            apps.load(actor, in.resourceId()); // a filter on another organization's resource is not found either
        }
        AccessFailureEvidence.Filters filters = in.resourceId() == null && in.hostname() == null && in.path() == null
                ? null : new AccessFailureEvidence.Filters(in.resourceId(), in.hostname(), in.path());
        return AccessFailureEvidence.notFound(requestId, Timestamps.format(apps.ctx().now()), filters,
                "no access failure evidence is recorded for request " + requestId + ": the edge proxy does not capture "
                        + "per-request evidence yet; use the resource's diagnostic summary and health instead");
    }
}

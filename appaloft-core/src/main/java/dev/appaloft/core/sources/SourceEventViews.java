package dev.appaloft.core.sources;

import dev.appaloft.api.common.Timestamps;
import dev.appaloft.api.sources.SourceEventDetail;
import dev.appaloft.api.sources.SourceEventSummary;
import java.util.List;

/** The spec's shapes of a source event. */
final class SourceEventViews {

    private SourceEventViews() {
    }

    static SourceEventSummary summary(SourceEvent e) {
        return new SourceEventSummary(e.id(), e.projectId(), List.copyOf(e.resourceIds()), e.sourceKind(),
                e.eventKind(), e.ref(), e.revision(), e.status(), "new", e.ignoredReasons(), e.createdDeploymentIds(),
                Timestamps.format(e.receivedAt()));
    }

    static SourceEventDetail detail(SourceEvent e) {
        return new SourceEventDetail(e.id(), e.projectId(), e.matchedResourceIds(), e.sourceKind(), e.eventKind(),
                new SourceEventDetail.SourceIdentity(e.identity().locator(), e.identity().providerRepositoryId(),
                        e.identity().repositoryFullName()),
                e.ref(), e.revision(), new SourceEventDetail.Verification("verified", e.verificationMethod(), null),
                e.status(), null, e.policyResults().stream().map(r -> new SourceEventDetail.PolicyResult(r.resourceId(),
                        r.status(), r.reason(), r.deploymentId(), r.errorCode())).toList(),
                e.createdDeploymentIds(), Timestamps.format(e.receivedAt()));
    }
}

package dev.appaloft.api.fleet;

import java.util.List;

/**
 * {@code acquire}: take leases on up to {@code limit} (default 10) deployments that need work,
 * for {@code session}. The filters are ANDed: {@code deploymentIds}, {@code platforms} and
 * {@code statuses} (wire names).
 */
public record AcquireInput(String session, List<String> deploymentIds, List<Platform> platforms, List<String> statuses,
                           Integer limit) {

    public AcquireInput {
        deploymentIds = deploymentIds == null ? null : List.copyOf(deploymentIds);
        platforms = platforms == null ? null : List.copyOf(platforms);
        statuses = statuses == null ? null : List.copyOf(statuses);
    }

    public static AcquireInput of(String session, int limit) {
        return new AcquireInput(session, null, null, null, limit);
    }

    public static AcquireInput ids(String session, List<String> deploymentIds) {
        return new AcquireInput(session, deploymentIds, null, null, deploymentIds.size());
    }
}

package dev.appaloft.api.deployments;

/**
 * {@code deployments.events} (a bounded replay) and {@code deployments.eventsStream} (SSE).
 *
 * @param cursor resume after this event ({@code <deploymentId>:<sequence>}); without it the
 *               history (if included) starts at the beginning
 * @param historyLimit at most this many past events (default 100, at most 200); older ones are
 *                     announced by a {@code gap} envelope
 * @param includeHistory replay past events (default true); false starts at the live edge
 * @param follow keep the stream open for new events (streams only; default true)
 * @param untilTerminal close the stream once the deployment has ended (default true)
 */
public record DeploymentEventsInput(String deploymentId, String cursor, Integer historyLimit, Boolean includeHistory,
                                    Boolean follow, Boolean untilTerminal) {

    public static DeploymentEventsInput of(String deploymentId) {
        return new DeploymentEventsInput(deploymentId, null, null, null, null, null);
    }
}

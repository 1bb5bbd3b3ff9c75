package dev.appaloft.runtime.docker.agent;

import dev.appaloft.api.fleet.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How an agent runs.
 *
 * @param serverUrl the fleet server ({@code http://host:4310})
 * @param enrolmentToken the deployment-group token ({@code ax_dg_...}) used once, to enrol
 * @param name the deployment's name in its group; enrolling again under it finds the same deployment
 * @param platform the platform this agent runs ({@code local} on this host's Docker engine)
 * @param stateDirectory where the agent keeps its identity between restarts
 * @param pollInterval how often it asks whether there is work
 * @param heartbeatInterval how often it reports while working, which extends its lease
 * @param maxBackoff the longest wait after repeated errors
 * @param containerLabels extra labels for every container it starts
 */
public record AgentOptions(String serverUrl, String enrolmentToken, String name, Platform platform, Path stateDirectory,
                           Duration pollInterval, Duration heartbeatInterval, Duration maxBackoff,
                           Map<String, String> containerLabels) {

    public AgentOptions {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(10) : heartbeatInterval;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        containerLabels = containerLabels == null ? Map.of() : Map.copyOf(containerLabels);
    }

    public static AgentOptions of(String serverUrl, String enrolmentToken, String name, Platform platform,
                                  Path stateDirectory) {
        return new AgentOptions(serverUrl, enrolmentToken, name, platform, stateDirectory, null, null, null, null);
    }

    public AgentOptions withPollInterval(Duration value) {
        return new AgentOptions(serverUrl, enrolmentToken, name, platform, stateDirectory, value, heartbeatInterval,
                maxBackoff, containerLabels);
    }

    public AgentOptions withHeartbeatInterval(Duration value) {
        return new AgentOptions(serverUrl, enrolmentToken, name, platform, stateDirectory, pollInterval, value,
                maxBackoff, containerLabels);
    }

    public AgentOptions withContainerLabels(Map<String, String> value) {
        return new AgentOptions(serverUrl, enrolmentToken, name, platform, stateDirectory, pollInterval,
                heartbeatInterval, maxBackoff, value);
    }

    @Override
    public String toString() {
        return "AgentOptions[serverUrl=" + serverUrl + ", name=" + name + ", platform=" + platform
                + ", stateDirectory=" + stateDirectory + "]";
    }
}

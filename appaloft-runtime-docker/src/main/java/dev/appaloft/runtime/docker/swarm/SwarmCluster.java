package dev.appaloft.runtime.docker.swarm;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.SwarmNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The swarm as its manager sees it: whether this engine manages one, and its nodes with their state and availability. */
public final class SwarmCluster {

    /** One node: {@code state} ready|down|..., {@code availability} active|pause|drain, {@code role} manager|worker. */
    public record Node(String id, String hostname, String role, String state, String availability, boolean leader) {
    }

    /**
     * @param localState the engine's swarm state (active, inactive, pending, error, locked)
     * @param manager whether the engine is a manager (it can deploy services)
     * @param problem why the engine cannot deploy here, or null when it can
     */
    public record Report(String localState, boolean manager, List<Node> nodes, String problem) {
        public Report {
            nodes = List.copyOf(nodes);
        }

        public boolean usable() {
            return problem == null;
        }

        public long readyNodes() {
            return nodes.stream().filter(n -> "ready".equals(n.state()) && "active".equals(n.availability())).count();
        }

        /** One line for connectivity checks and capacity. */
        public String summary() {
            return problem != null ? problem : "swarm " + localState + ", this engine is a manager; " + nodes.size()
                    + " node(s), " + readyNodes() + " ready and active";
        }
    }

    private SwarmCluster() {
    }

    static Report report(DockerClient client) {
        SwarmInfo info = client.infoCmd().exec().getSwarm();
        String state = info == null || info.getLocalNodeState() == null ? "inactive"
                : info.getLocalNodeState().getValue().toLowerCase(Locale.ROOT);
        boolean manager = info != null && Boolean.TRUE.equals(info.getControlAvailable());
        if (!"active".equals(state)) {
            return new Report(state, false, List.of(), "the engine is not part of a swarm (state " + state
                    + "); run docker swarm init on the manager");
        }
        if (!manager) {
            return new Report(state, false, List.of(), "the engine is a swarm worker, not a manager: services are"
                    + " deployed through a manager");
        }
        List<Node> nodes = new ArrayList<>();
        for (SwarmNode n : client.listSwarmNodesCmd().exec()) {
            nodes.add(new Node(n.getId(), n.getDescription() == null ? null : n.getDescription().getHostname(),
                    n.getSpec() == null || n.getSpec().getRole() == null ? null : lower(n.getSpec().getRole().name()),
                    n.getStatus() == null || n.getStatus().getState() == null ? null : lower(n.getStatus().getState().name()),
                    n.getSpec() == null || n.getSpec().getAvailability() == null ? null
                            : lower(n.getSpec().getAvailability().name()),
                    n.getManagerStatus() != null && n.getManagerStatus().isLeader()));
        }
        return new Report(state, true, nodes, null);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

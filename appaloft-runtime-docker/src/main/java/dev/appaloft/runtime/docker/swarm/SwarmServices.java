package dev.appaloft.runtime.docker.swarm;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.SecretSpec;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Swarm calls of the runtime over docker-java: services, their tasks and the ports those publish, secrets. */
final class SwarmServices {

    private final DockerClient client;
    // a task container's published port never changes: inspect each container once
    private final Map<String, Integer> portByContainer = new ConcurrentHashMap<>();

    SwarmServices(DockerClient client) {
        this.client = client;
    }

    /** The service of this exact name (the engine's name filter matches prefixes). */
    Optional<Service> byName(String name) {
        return client.listServicesCmd().withNameFilter(List.of(name)).exec().stream()
                .filter(s -> s.getSpec() != null && name.equals(s.getSpec().getName())).findFirst();
    }

    Optional<Service> byId(String id) {
        try {
            return Optional.of(client.inspectServiceCmd(id).exec());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    List<Service> byLabels(Map<String, String> labels) {
        return client.listServicesCmd().withLabelFilter(labels).exec();
    }

    String create(ServiceSpec spec) {
        return client.createServiceCmd(spec).exec().getId();
    }

    void update(Service current, ServiceSpec spec) {
        client.updateServiceCmd(current.getId(), spec).withVersion(current.getVersion().getIndex()).exec();
    }

    void remove(String serviceId) {
        try {
            client.removeServiceCmd(serviceId).exec();
        } catch (NotFoundException e) {
            // already gone
        }
    }

    List<Task> tasks(String serviceId) {
        return client.listTasksCmd().withServiceFilter(serviceId).exec();
    }

    /** Tasks Swarm wants running and that run (healthy, when the spec has a health check). */
    static boolean serving(Task t) {
        return t.getDesiredState() == TaskState.RUNNING && t.getStatus() != null
                && t.getStatus().getState() == TaskState.RUNNING;
    }

    static String containerId(Task t) {
        return t.getStatus() == null || t.getStatus().getContainerStatus() == null ? null
                : t.getStatus().getContainerStatus().getContainerID();
    }

    static String instanceOf(Task t) {
        if (t.getSpec() == null || t.getSpec().getContainerSpec() == null
                || t.getSpec().getContainerSpec().getLabels() == null) {
            return null;
        }
        return t.getSpec().getContainerSpec().getLabels().get(SwarmServiceSpec.LABEL_INSTANCE);
    }

    /** The host ports of the service's serving tasks, in slot order. */
    List<Integer> servingPorts(String serviceId) {
        List<Integer> ports = new ArrayList<>();
        List<Task> tasks = new ArrayList<>(tasks(serviceId));
        tasks.sort(java.util.Comparator.comparing(t -> t.getSlot() == null ? 0 : t.getSlot()));
        for (Task t : tasks) {
            String container = containerId(t);
            if (serving(t) && container != null) {
                Integer port = portByContainer.computeIfAbsent(container, this::publishedPort);
                if (port != null && port > 0) {
                    ports.add(port);
                }
            }
        }
        if (portByContainer.size() > 1000) {
            portByContainer.clear();
        }
        return ports;
    }

    private Integer publishedPort(String container) {
        try {
            Map<com.github.dockerjava.api.model.ExposedPort, Ports.Binding[]> bindings =
                    client.inspectContainerCmd(container).exec().getNetworkSettings().getPorts().getBindings();
            for (Ports.Binding[] b : bindings.values()) {
                if (b != null) {
                    for (Ports.Binding one : b) {
                        if (one.getHostPortSpec() != null && !one.getHostPortSpec().isBlank()) {
                            return Integer.parseInt(one.getHostPortSpec());
                        }
                    }
                }
            }
            return -1; // not published yet: asked again on the next refresh
        } catch (NotFoundException e) {
            return -1;
        }
    }

    void forgetPorts() {
        portByContainer.values().removeIf(p -> p < 0);
    }

    /** Creates a secret and answers its id; the value is never kept or logged (docker-java base64-encodes it). */
    String createSecret(String name, String value, Map<String, String> labels) {
        return client.createSecretCmd(new SecretSpec().withName(name).withData(value).withLabels(labels)).exec().getId();
    }

    /** Removes the secrets labelled with the service except {@code keep}; one still in use stays (the engine refuses). */
    void removeSecrets(String serviceName, java.util.Set<String> keep) {
        for (var secret : client.listSecretsCmd().withLabelFilter(Map.of(SwarmServiceSpec.LABEL_SERVICE, serviceName))
                .exec()) {
            if (!keep.contains(secret.getId())) {
                try {
                    client.removeSecretCmd(secret.getId()).exec();
                } catch (RuntimeException e) {
                    // in use by a task still stopping: the next deployment or the retire removes it
                }
            }
        }
    }
}

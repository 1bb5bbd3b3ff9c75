package dev.appaloft.core.retention;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.internal.Json;
import java.util.Set;

/**
 * The parts of a stored domain event a prune filters on. Events carry no aggregate type: it is the
 * event type's prefix ({@code deployment.created}, {@code project-renamed}: up to the first dot,
 * else the first dash), unless the event names one itself.
 */
record DomainEventRecord(long seq, String type, String organizationId, String aggregateId, String aggregateType,
                         String deploymentId) {

    static DomainEventRecord parse(StreamRecord record) {
        JsonNode event;
        try {
            event = Json.mapper().readTree(record.body());
        } catch (Exception e) {
            return null; // not an event this code wrote: never prune what cannot be read
        }
        String type = record.type();
        String declared = text(event.get("aggregateType"));
        return new DomainEventRecord(record.seq(), type, text(event.get("organizationId")),
                text(event.get("aggregateId")), declared != null ? declared : aggregateTypeOf(type),
                text(event.path("payload").get("deploymentId")));
    }

    static String aggregateTypeOf(String eventType) {
        int dot = eventType.indexOf('.');
        if (dot > 0) {
            return eventType.substring(0, dot);
        }
        int dash = eventType.indexOf('-');
        return dash > 0 ? eventType.substring(0, dash) : eventType;
    }

    /** About the deployment, or naming it in the payload. */
    boolean concerns(String deployment) {
        return deployment.equals(aggregateId) || deployment.equals(deploymentId);
    }

    boolean concernsAny(Set<String> deployments) {
        return (aggregateId != null && deployments.contains(aggregateId))
                || (deploymentId != null && deployments.contains(deploymentId));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }
}

package dev.appaloft.core.internal;

import dev.appaloft.api.Actor;
import dev.appaloft.api.store.StoreTransaction;
import dev.appaloft.api.store.StreamEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One command's transaction: its state changes, the domain events they raise and the audit
 * records, all committed together or not at all. Event payloads must never carry secret values.
 */
public final class UnitOfWork {

    /** The stream every domain event is appended to. */
    public static final String DOMAIN_EVENTS = "domain-events";
    /** The stream of who-did-what records. */
    public static final String AUDIT = "audit";

    private final StoreTransaction tx;
    private final Actor actor;
    private final String operationKey;
    private final Instant now;

    UnitOfWork(StoreTransaction tx, Actor actor, String operationKey, Instant now) {
        this.tx = tx;
        this.actor = actor;
        this.operationKey = operationKey;
        this.now = now;
    }

    public StoreTransaction tx() {
        return tx;
    }

    public Actor actor() {
        return actor;
    }

    /** The time of this command; every timestamp it writes uses it. */
    public Instant now() {
        return now;
    }

    /** An event payload that carries the optional reason a user gave. */
    public static Map<String, Object> reasonPayload(String reason) {
        return reason == null ? Map.of() : Map.of("reason", reason);
    }

    /** Records a domain event about {@code aggregateId} and the matching audit record. */
    public void event(String type, String aggregateId, Map<String, Object> payload) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("aggregateId", aggregateId);
        event.put("organizationId", actor.organizationId());
        event.put("occurredAt", now.toString());
        event.put("payload", payload);
        tx.append(DOMAIN_EVENTS, new StreamEntry(type, Json.write(event), now));

        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("operation", operationKey);
        audit.put("eventType", type);
        audit.put("aggregateId", aggregateId);
        audit.put("organizationId", actor.organizationId());
        audit.put("actorKind", actor.kind().name().toLowerCase(java.util.Locale.ROOT));
        audit.put("actorId", actor.id());
        if (actor.clientAddress() != null) {
            audit.put("clientAddress", actor.clientAddress());
        }
        if (actor.sessionId() != null) {
            audit.put("sessionId", actor.sessionId());
        }
        audit.put("at", now.toString());
        // scoped, so auditEvents.* read one organization's records (and one aggregate's) by index
        tx.append(AUDIT, new StreamEntry(type, Json.write(audit), now, actor.organizationId(), aggregateId));
    }
}

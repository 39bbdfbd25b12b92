package com.dealercrm.audit.service;

import com.dealercrm.audit.AuditMessage;
import com.dealercrm.audit.mapping.MessageDraft;
import com.dealercrm.audit.repository.AuditMessageRepository;
import com.dealercrm.events.Actor;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Appends attributed messages to the hash-chained audit log, one at a time. */
@ApplicationScoped
public class AuditLog {

    private final AuditMessageRepository messages;

    public AuditLog(AuditMessageRepository messages) {
        this.messages = messages;
    }

    /**
     * Appends the message of an event as the next link of the chain. Runs inside the caller's
     * transaction, whose advisory lock keeps appends in one line until it commits.
     */
    public Uni<AuditMessage> append(EventEnvelope event, MessageDraft draft, String leadId) {
        return messages.lockChain()
                .chain(messages::findLast)
                .map(last -> link(newMessage(event, draft, leadId), last))
                .call(messages::persist);
    }

    private static AuditMessage link(AuditMessage message, AuditMessage last) {
        message.sequenceNumber = last == null ? 1 : last.sequenceNumber + 1;
        message.previousHash = last == null ? MessageChain.GENESIS : last.hash;
        message.hash = MessageChain.hash(message);
        return message;
    }

    private static AuditMessage newMessage(EventEnvelope event, MessageDraft draft, String leadId) {
        Actor actor = actor(event);
        AuditMessage message = new AuditMessage();
        message.id = UUID.randomUUID();
        message.eventId = event.eventId();
        message.recordedAt = microseconds(Instant.now());
        message.occurredAt = event.time() != null ? microseconds(event.time()) : message.recordedAt;
        message.actorId = actor.id();
        message.actorName = actor.name();
        message.eventType = event.type();
        message.body = draft.body();
        message.changes = json(draft.changes());
        message.aggregateType = event.aggregatetype() != null ? event.aggregatetype() : "unknown";
        message.aggregateId = event.aggregateid();
        message.aggregateReference = event.aggregateref();
        message.leadId = leadId;
        message.saleOrderId = draft.saleOrderId();
        return message;
    }

    /** Returns the acting user of the event, or the service that sent it when the event names no user. */
    private static Actor actor(EventEnvelope event) {
        if (event.actorid() != null && !event.actorid().isBlank()) {
            String name = event.actorname() != null && !event.actorname().isBlank() ? event.actorname() : event.actorid();
            return new Actor(event.actorid(), name);
        }
        String source = event.source() != null && !event.source().isBlank() ? event.source().replaceFirst("^/", "") : "unknown-service";
        return Actor.service(source);
    }

    /** Truncates to the microsecond precision that PostgreSQL stores, so the hash survives a round trip. */
    private static Instant microseconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String json(List<FieldChange> changes) {
        try {
            return EventJson.mapper().writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Field changes are plain strings and always render as JSON", e);
        }
    }
}

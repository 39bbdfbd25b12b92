package com.dealercrm.audit.mapping;

import com.dealercrm.audit.AuditMessage;
import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A chatter message as the API returns it. */
public record MessageView(
        UUID id,
        Instant occurredAt,
        Actor actor,
        String type,
        String body,
        List<FieldChange> changes,
        Aggregate aggregate,
        String leadId,
        UUID eventId,
        Instant recordedAt) {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    public static MessageView of(AuditMessage message) {
        return new MessageView(
                message.id,
                message.occurredAt,
                new Actor(message.actorId, message.actorName),
                message.eventType,
                message.body,
                changes(message.changes),
                new Aggregate(message.aggregateType, message.aggregateId, message.aggregateReference),
                message.leadId,
                message.eventId,
                message.recordedAt);
    }

    private static List<FieldChange> changes(String json) {
        try {
            return EventJson.mapper().readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes are not a JSON list of field changes", e);
        }
    }
}

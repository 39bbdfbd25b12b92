package com.dealercrm.audit.mapping;

import com.dealercrm.audit.AuditMessage;
import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A chatter message as the API returns it. */
public record MessageView(
        UUID id,
        Instant occurredAt,
        Actor actor,
        String type,
        String body,
        JsonNode changes,
        Aggregate aggregate,
        String leadId,
        UUID eventId,
        Instant recordedAt) {

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

    /**
     * Returns the stored changes array as it is, {@code [{field, old, new}]}. The REST layer's
     * ObjectMapper has rendered {@link com.dealercrm.events.FieldChange}'s new value as
     * {@code newValue}, ignoring its {@code @JsonProperty}, so the stored JSON is passed through.
     */
    private static JsonNode changes(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes are not a JSON list of field changes", e);
        }
    }
}

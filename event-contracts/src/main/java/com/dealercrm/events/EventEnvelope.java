package com.dealercrm.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event in the CloudEvents 1.0 structured JSON form that every Dealer CRM topic carries.
 *
 * <p>The standard attributes are {@code specversion}, {@code id}, {@code source}, {@code type},
 * {@code subject}, {@code time} and {@code datacontenttype}. The extension attributes name the
 * aggregate, the lead it belongs to and the acting user, so a consumer can attribute and route
 * an event without reading its data. Consumers ignore attributes they do not know.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschemaversion,
        String aggregatetype,
        String aggregateid,
        String aggregateref,
        String leadid,
        String actorid,
        String actorname,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String SCHEMA_VERSION = "1";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateid, "aggregateid");
    }

    /** Builds a new event with a fresh id, stamped now. */
    public static EventEnvelope of(
            String source, String type, Aggregate aggregate, String leadId, Actor actor, Instant time, JsonNode data) {
        return new EventEnvelope(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type,
                aggregate.id(),
                time,
                "application/json",
                SCHEMA_VERSION,
                aggregate.type(),
                aggregate.id(),
                aggregate.reference(),
                leadId,
                actor.id(),
                actor.name(),
                data);
    }

    public Actor actor() {
        return new Actor(actorid, actorname);
    }

    public Aggregate aggregate() {
        return new Aggregate(aggregatetype, aggregateid, aggregateref);
    }

    public UUID eventId() {
        return UUID.fromString(id);
    }
}
